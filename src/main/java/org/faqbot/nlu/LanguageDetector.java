package org.faqbot.nlu;

import static org.faqbot.nlu.LanguageLists.exclusive;
import static org.faqbot.nlu.LanguageLists.fold;
import static org.faqbot.nlu.LanguageLists.load;
import static org.faqbot.nlu.LanguageLists.trimQuotes;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    /** The most the letter patterns of one word add. */
    private static final double MAX_CUE = 0.5;
    /** Evidence below this is none at all. */
    private static final double NO_EVIDENCE = 0.25;
    /** Evidence below this gives way to a hint. */
    private static final double WEAK_EVIDENCE = 1.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> ENGLISH_VERBS = LanguageLists.load("english-verbs.txt");
    /** Function words of other common languages that are no Dutch or English words ({@code other-languages.txt}). */
    private static final Set<String> OTHER_LANGUAGES = LanguageLists.otherLanguages();
    /** The fewest words of another language that make a message neither Dutch nor English. */
    private static final int OTHER_WORDS = 2;

    private final Map<String, Lang> functionWords;
    private final Map<String, Lang> vocabulary;
    private final List<LetterPattern> cues;
    /** English verbs and words whose Dutch inflection ("renewen", "geupgraded") is Dutch evidence. */
    private final DutchInflection inflection;

    private LanguageDetector(Map<String, Lang> functionWords, Map<String, Lang> vocabulary, List<LetterPattern> cues,
            DutchInflection inflection) {
        // Hash maps: every word of every message is looked up in both, and Map.copyOf's probing was slower.
        this.functionWords = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(functionWords));
        this.vocabulary = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(vocabulary));
        this.cues = List.copyOf(cues);
        this.inflection = inflection;
    }

    /** A detector with the shipped word lists and letter patterns only. */
    public static LanguageDetector create() {
        return new LanguageDetector(exclusive(Map.of(Lang.NL, load("words-nl.txt"), Lang.EN, load("words-en.txt"))),
                Map.of(), LanguageLists.loadCues(), new DutchInflection(ENGLISH_VERBS));
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
        Set<String> englishWords = new HashSet<>();
        vocabulary.forEach((word, lang) -> {
            if (lang == Lang.EN) {
                englishWords.add(word);
            }
        });
        return new LanguageDetector(functionWords, vocabulary, cues, new DutchInflection(ENGLISH_VERBS).plus(englishWords));
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
        if (inflection.matches(word)) {
            return DUTCH_INFLECTED_ENGLISH;
        }
        double cue = 0;
        for (LetterPattern c : cues) {
            if (c.matches(word)) {
                cue += sign(c.lang()) * c.weight();
            }
        }
        return Math.max(-MAX_CUE, Math.min(MAX_CUE, cue * MAX_CUE));
    }

    private static double sign(Lang lang) {
        return lang == Lang.NL ? 1 : -1;
    }
}
