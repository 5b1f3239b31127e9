package org.faqbot.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.faqbot.kb.Lang;

/**
 * Finds what a misspelt word meant: index terms within one edit (words of at least
 * {@link SearchSettings#fuzzyMinLengthOneEdit()} letters) or two edits (at least
 * {@link SearchSettings#fuzzyMinLengthTwoEdits()}), the first letters taken as typed. Only words the
 * index does not know at all are expanded, so a correct word never drags in its neighbours. The
 * index's terms are looked up in a {@link TypoDictionary} built once per index. Thread-safe.
 */
final class FuzzyExpansion {

    private final SearchSettings settings;
    private final Map<Lang, TypoDictionary> dictionaries = new EnumMap<>(Lang.class);

    private FuzzyExpansion(SearchSettings settings) {
        this.settings = settings;
    }

    /** The expansion over the question and answer terms of {@code leaf}; none when it is null. */
    static FuzzyExpansion of(SearchSettings settings, LeafReader leaf) throws IOException {
        FuzzyExpansion expansion = new FuzzyExpansion(settings);
        // A typo of a word of n letters may be one letter shorter than the term it stands for.
        int minTermLength = Math.max(1, settings.fuzzyMinLengthOneEdit() - 1);
        for (Lang lang : Lang.values()) {
            List<String> fields = List.of(IndexFields.question(lang), IndexFields.answer(lang));
            expansion.dictionaries.put(lang, leaf == null ? null : TypoDictionary.of(leaf, fields, minTermLength));
        }
        return expansion;
    }

    /**
     * Adds to {@code word}, per language, the closest index terms of that language's question and
     * answer fields, at most {@link SearchSettings#fuzzyMaxExpansions()} per language.
     */
    void expand(QueryWord word) {
        int maxEdits = maxEdits(word.typedLength());
        if (maxEdits == 0) {
            return;
        }
        for (Lang lang : Lang.values()) {
            TypoDictionary dictionary = dictionaries.get(lang);
            if (dictionary == null) {
                continue;
            }
            Map<String, TypoDictionary.Match> matches = new HashMap<>();
            for (String typed : List.copyOf(word.terms(lang).keySet())) {
                dictionary.lookup(typed, maxEdits, settings.fuzzyPrefixLength()).forEach(m -> matches.merge(m.term(), m,
                        (a, b) -> a.edits() <= b.edits() ? a : b));
            }
            matches.values().stream()
                    .sorted(Comparator.comparingInt(TypoDictionary.Match::edits)
                            .thenComparing(Comparator.comparingInt(TypoDictionary.Match::docFreq).reversed())
                            .thenComparing(TypoDictionary.Match::term))
                    .limit(settings.fuzzyMaxExpansions())
                    .forEach(m -> word.add(lang, m.term(), m.edits() == 1
                            ? QueryWord.Source.FUZZY_ONE_EDIT : QueryWord.Source.FUZZY_TWO_EDITS));
        }
    }

    private int maxEdits(int length) {
        if (length >= settings.fuzzyMinLengthTwoEdits()) {
            return 2;
        }
        return length >= settings.fuzzyMinLengthOneEdit() ? 1 : 0;
    }

    /** Damerau-Levenshtein distance (adjacent transpositions count one), for ranking a few candidates. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
