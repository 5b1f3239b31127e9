package org.faqbot.kb;

import java.io.IOException;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Finds what a misspelt word meant: index terms within one edit (words of at least
 * {@link SearchSettings#fuzzyMinLengthOneEdit()} letters) or two edits (at least
 * {@link SearchSettings#fuzzyMinLengthTwoEdits()}), the first letters taken as typed. Only words the
 * index does not know at all are expanded, so a correct word never drags in its neighbours.
 */
final class FuzzyExpansion {

    private final SearchSettings settings;

    FuzzyExpansion(SearchSettings settings) {
        this.settings = settings;
    }

    /**
     * Adds to {@code word}, per language, the closest index terms of that language's question and
     * answer fields, at most {@link SearchSettings#fuzzyMaxExpansions()} per language.
     */
    void expand(QueryWord word, TermLookup lookup) throws IOException {
        for (Lang lang : Lang.values()) {
            Map<String, Candidate> candidates = new HashMap<>();
            int maxEdits = maxEdits(word.typedLength());
            for (String typed : List.copyOf(word.terms(lang).keySet())) {
                if (maxEdits > 0) {
                    collect(typed, maxEdits, lookup.terms(IndexFields.question(lang)), candidates);
                    collect(typed, maxEdits, lookup.terms(IndexFields.answer(lang)), candidates);
                }
            }
            candidates.values().stream()
                    .sorted(Comparator.comparingInt(Candidate::edits)
                            .thenComparing(Comparator.comparingInt(Candidate::docFreq).reversed())
                            .thenComparing(Candidate::term))
                    .limit(settings.fuzzyMaxExpansions())
                    .forEach(c -> word.add(lang, c.term(), c.edits() == 1
                            ? QueryWord.Source.FUZZY_ONE_EDIT : QueryWord.Source.FUZZY_TWO_EDITS));
        }
    }

    private int maxEdits(int length) {
        if (length >= settings.fuzzyMinLengthTwoEdits()) {
            return Math.min(2, LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE);
        }
        return length >= settings.fuzzyMinLengthOneEdit() ? 1 : 0;
    }

    private record Candidate(String term, int edits, int docFreq) {
    }

    private void collect(String typed, int maxEdits, Terms terms, Map<String, Candidate> out) throws IOException {
        if (terms == null) {
            return;
        }
        FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term("", typed), maxEdits, settings.fuzzyPrefixLength(), true);
        for (BytesRef term = fuzzy.next(); term != null; term = fuzzy.next()) {
            String text = term.utf8ToString();
            Candidate candidate = new Candidate(text, Math.max(1, editDistance(typed, text)), fuzzy.docFreq());
            out.merge(text, candidate, (a, b) -> a.docFreq() >= b.docFreq() ? a : b);
        }
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
