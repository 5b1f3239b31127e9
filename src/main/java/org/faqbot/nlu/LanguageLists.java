package org.faqbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * The {@link LanguageDetector}'s word lists and letter patterns, read from the resources beside it, and the folding
 * that makes a message's words comparable with them. Stateless.
 */
final class LanguageLists {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private LanguageLists() {
    }

    /** Lower case, diacritics removed, typographic apostrophes made plain. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('\u2019', '\''), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** {@code word} without leading and trailing apostrophes, so that a word in single quotes is that word. */
    static String trimQuotes(String word) {
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

    /** Each word that only one language has, mapped to that language. */
    static Map<String, Lang> exclusive(Map<Lang, ? extends Set<String>> wordsByLang) {
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

    /** The function words of other languages ({@code other-languages.txt}) that are no Dutch or English words. */
    static Set<String> otherLanguages() {
        Set<String> words = load("other-languages.txt");
        words.removeAll(load("words-nl.txt"));
        words.removeAll(load("words-en.txt"));
        return Set.copyOf(words);
    }

    /** The letter patterns of {@code cues.txt}, one {@code lang pattern weight} a line. */
    static List<LetterPattern> loadCues() {
        List<LetterPattern> cues = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines("cues.txt")) {
            lineNumber++;
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IllegalStateException("cues.txt line " + lineNumber + ": expected 'lang pattern weight', got '" + line + "'");
            }
            Lang lang = Lang.fromCode(parts[0]).orElseThrow(() -> new IllegalStateException("cues.txt: unknown language '" + parts[0] + "'"));
            if (!LetterPattern.FORM.matcher(parts[1]).matches()) {
                throw new IllegalStateException("cues.txt line " + lineNumber + ": a pattern is letters, with ^ before or $ after, got '"
                        + parts[1] + "'");
            }
            cues.add(LetterPattern.parse(lang, parts[1], Double.parseDouble(parts[2])));
        }
        return cues;
    }

    /** The folded words of a word list, one a line; a mutable set. */
    static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        lines(name).forEach(line -> words.add(fold(line)));
        return words;
    }

    /** The non-blank lines of a resource beside the detector, comments ('#' to the end) removed. */
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
