package org.faqbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * Tells Dutch from English, also for messages of one to three words ("voordelen verlengen", "thanks")
 * and for Dutch full of English product names ("Hoe activeer ik Visual Studio Enterprise subscriptions
 * in Partner Center?"). Evidence per word, strongest first: function and chat words of one language
 * ({@code words-nl.txt}, {@code words-en.txt}); words only one language's knowledge base text uses
 * ({@link #withVocabulary}); an English verb with a Dutch ending ("renewen", "upgraden", "gecanceld"; the verbs of
 * {@code english-verbs.txt} and the English knowledge base text's words); letter patterns ({@code cues.txt}).
 * Product names occur in both languages' text and so count for neither. A hint (the user's Telegram language, an
 * earlier message) decides when the text is unclear but not against clear text; with no evidence and no hint: English.
 * Immutable and thread-safe; a detection takes microseconds.
 */
public final class LanguageDetector {

    /** The weight of a function word: two of them outweigh any number of letter patterns. */
    private static final double FUNCTION_WORD = 2.0;
    /** The weight of a word only the Dutch knowledge base text (or the Dutch rule cues) uses. */
    private static final double VOCABULARY_WORD = 0.8;
    /**
     * The weight of a word only the English text uses: less, because Dutch partners write English IT words
     * in Dutch sentences ("key verlopen?", "benefits verlengen") far more often than the other way round.
     */
    private static final double ENGLISH_VOCABULARY_WORD = 0.4;
    /**
     * The weight of an English verb with a Dutch ending ("benefits renewen?", "key resetten"): English never inflects
     * so, and the English letters of its stem ("ew", "re-") would otherwise make such a message English.
     */
    private static final double DUTCH_INFLECTED_ENGLISH = 1.0;
    /** The shortest stem read for an English verb ("fix"). */
    private static final int MIN_STEM = 3;
    /** The most the letter patterns of one word add. */
    private static final double MAX_CUE = 0.5;
    /** Evidence below this is none at all. */
    private static final double NO_EVIDENCE = 0.25;
    /** Evidence below this gives way to a hint. */
    private static final double WEAK_EVIDENCE = 1.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * A letter pattern: letters anywhere in a word, or at its start ({@code ^ge}) or end ({@code en$}). Matched
     * with string tests rather than regular expressions: they run for every unknown word of every message.
     */
    private record Cue(Lang lang, String letters, boolean atStart, boolean atEnd, double weight) {

        static final Pattern FORM = Pattern.compile("\\^?[a-z']+\\$?");

        static Cue parse(Lang lang, String pattern, double weight) {
            boolean atStart = pattern.startsWith("^");
            boolean atEnd = pattern.endsWith("$");
            return new Cue(lang, pattern.substring(atStart ? 1 : 0, pattern.length() - (atEnd ? 1 : 0)), atStart, atEnd, weight);
        }

        boolean matches(String word) {
            if (atStart && atEnd) {
                return word.equals(letters);
            }
            return atStart ? word.startsWith(letters) : atEnd ? word.endsWith(letters) : word.contains(letters);
        }
    }

    private static final Set<String> ENGLISH_VERBS = load("english-verbs.txt");
    /** Function words of other common languages that are no Dutch or English words ({@code other-languages.txt}). */
    private static final Set<String> OTHER_LANGUAGES = otherLanguages();
    /** The fewest words of another language that make a message neither Dutch nor English. */
    private static final int OTHER_WORDS = 2;

    private final Map<String, Lang> functionWords;
    private final Map<String, Lang> vocabulary;
    private final List<Cue> cues;
    /** English verbs and words whose Dutch inflection ("renewen", "geupgraded") is Dutch evidence. */
    private final Set<String> englishStems;

    private LanguageDetector(Map<String, Lang> functionWords, Map<String, Lang> vocabulary, List<Cue> cues,
            Set<String> englishStems) {
        this.functionWords = Map.copyOf(functionWords);
        this.vocabulary = Map.copyOf(vocabulary);
        this.cues = List.copyOf(cues);
        this.englishStems = Set.copyOf(englishStems);
    }

    /** A detector with the shipped word lists and letter patterns only. */
    public static LanguageDetector create() {
        return new LanguageDetector(exclusive(Map.of(Lang.NL, load("words-nl.txt"), Lang.EN, load("words-en.txt"))),
                Map.of(), loadCues(), ENGLISH_VERBS);
    }

    /**
     * This detector plus the words of each language's knowledge base text (for instance
     * {@code KbVocabulary.words(kb, lang)}); words both languages use are ignored.
     */
    public LanguageDetector withVocabulary(Map<Lang, ? extends Collection<String>> wordsByLang) {
        Map<Lang, Set<String>> folded = new HashMap<>();
        wordsByLang.forEach((lang, words) -> {
            Set<String> set = new HashSet<>();
            words.forEach(word -> set.add(fold(word)));
            folded.put(lang, set);
        });
        Map<String, Lang> vocabulary = exclusive(folded);
        Set<String> stems = new HashSet<>(ENGLISH_VERBS);
        vocabulary.forEach((word, lang) -> {
            if (lang == Lang.EN) {
                stems.add(word);
            }
        });
        return new LanguageDetector(functionWords, vocabulary, cues, stems);
    }

    /** The language of {@code text}; {@code hint} decides when the text is unclear. */
    public Lang detect(String text, Optional<Lang> hint) {
        double dutchness = dutchness(text);
        if (Math.abs(dutchness) < NO_EVIDENCE || (hint.isPresent() && Math.abs(dutchness) < WEAK_EVIDENCE)) {
            return hint.orElse(Lang.EN);
        }
        return dutchness > 0 ? Lang.NL : Lang.EN;
    }

    /**
     * Whether {@code text} is in neither language: at least two distinct function words of German, Spanish, French or
     * Italian ("wie lange ist mein Schlüssel gültig", "hasta cuándo puedo usar mi clave"), more than its Dutch and English
     * function and knowledge-base words. Dutch or English chat with typos, slang or IT words has few such words and more of
     * its own.
     */
    public boolean neither(String text) {
        Set<String> other = new HashSet<>();
        int own = 0;
        Matcher matcher = WORD.matcher(fold(text));
        while (matcher.find()) {
            String word = trimQuotes(matcher.group());
            if (OTHER_LANGUAGES.contains(word)) {
                other.add(word);
            } else if (functionWords.containsKey(word) || vocabulary.containsKey(word)) {
                own++;
            }
        }
        return other.size() >= OTHER_WORDS && other.size() > own;
    }

    /** The evidence for Dutch minus the evidence for English. */
    double dutchness(String text) {
        double score = 0;
        Matcher matcher = WORD.matcher(fold(text));
        while (matcher.find()) {
            score += wordScore(trimQuotes(matcher.group()));
        }
        return score;
    }

    private double wordScore(String word) {
        Lang lang = functionWords.get(word);
        if (lang != null) {
            return sign(lang) * FUNCTION_WORD;
        }
        lang = vocabulary.get(word);
        if (lang != null) {
            return lang == Lang.NL ? VOCABULARY_WORD : -ENGLISH_VOCABULARY_WORD;
        }
        if (isDutchInflectedEnglish(word)) {
            return DUTCH_INFLECTED_ENGLISH;
        }
        double cue = 0;
        for (Cue c : cues) {
            if (c.matches(word)) {
                cue += sign(c.lang()) * c.weight();
            }
        }
        return Math.max(-MAX_CUE, Math.min(MAX_CUE, cue * MAX_CUE));
    }

    /**
     * An English stem with a Dutch infinitive or plural ending ("renewen", "upgraden", "resetten", "licensen") or a
     * Dutch past participle ("geupgraded", "gecanceld", "gedownload").
     */
    private boolean isDutchInflectedEnglish(String word) {
        int length = word.length();
        if (length > MIN_STEM + 2 && word.endsWith("en")) {
            String stem = word.substring(0, length - 2);
            boolean doubled = stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
            return englishStem(stem) || englishStem(word.substring(0, length - 1))
                    || (doubled && englishStem(stem.substring(0, stem.length() - 1)));
        }
        if (length > MIN_STEM + 3 && word.startsWith("ge")) {
            String rest = word.substring(2);
            return englishStem(rest) || englishStem(rest.substring(0, rest.length() - 1))
                    || (rest.endsWith("ed") && englishStem(rest.substring(0, rest.length() - 2)));
        }
        return false;
    }

    private boolean englishStem(String stem) {
        return stem.length() >= MIN_STEM && englishStems.contains(stem);
    }

    private static double sign(Lang lang) {
        return lang == Lang.NL ? 1 : -1;
    }

    private static String trimQuotes(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && word.charAt(from) == '\'') {
            from++;
        }
        while (to > from && word.charAt(to - 1) == '\'') {
            to--;
        }
        return word.substring(from, to);
    }

    /** Lower case, diacritics removed, typographic apostrophes made plain. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('\u2019', '\''), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Each word that only one language has, mapped to that language. */
    private static Map<String, Lang> exclusive(Map<Lang, ? extends Set<String>> wordsByLang) {
        Map<String, Lang> exclusive = new HashMap<>();
        Set<String> shared = new HashSet<>();
        wordsByLang.forEach((lang, words) -> {
            for (String word : words) {
                Lang other = exclusive.putIfAbsent(word, lang);
                if (other != null && other != lang) {
                    shared.add(word);
                }
            }
        });
        shared.forEach(exclusive::remove);
        return exclusive;
    }

    private static Set<String> otherLanguages() {
        Set<String> words = load("other-languages.txt");
        words.removeAll(load("words-nl.txt"));
        words.removeAll(load("words-en.txt"));
        return Set.copyOf(words);
    }

    private static List<Cue> loadCues() {
        List<Cue> cues = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines("cues.txt")) {
            lineNumber++;
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IllegalStateException("cues.txt line " + lineNumber + ": expected 'lang pattern weight', got '" + line + "'");
            }
            Lang lang = Lang.fromCode(parts[0]).orElseThrow(() -> new IllegalStateException("cues.txt: unknown language '" + parts[0] + "'"));
            if (!Cue.FORM.matcher(parts[1]).matches()) {
                throw new IllegalStateException("cues.txt line " + lineNumber + ": a pattern is letters, with ^ before or $ after, got '"
                        + parts[1] + "'");
            }
            cues.add(Cue.parse(lang, parts[1], Double.parseDouble(parts[2])));
        }
        return cues;
    }

    private static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        lines(name).forEach(line -> words.add(fold(line)));
        return words;
    }

    /** The non-blank lines of a resource beside this class, comments ('#' to the end) removed. */
    private static List<String> lines(String name) {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("language detector resource missing: " + name);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.replaceFirst("#.*", "").trim();
                if (!content.isEmpty()) {
                    lines.add(content);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language detector resource " + name, e);
        }
    }
}
