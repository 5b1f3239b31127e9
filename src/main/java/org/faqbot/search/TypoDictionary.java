package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The index terms of one language's question and answer fields, keyed by every form with one letter
 * deleted (a symmetric-delete dictionary): a typo is looked up by its own deletions instead of running
 * a Levenshtein automaton over the terms, so a lookup costs a few dozen hash probes whatever the
 * index size. Finds every term within one edit (Damerau: a swap counts one) and most within two.
 * Built once per index; immutable and thread-safe.
 */
final class TypoDictionary {

    /** A term the typo may stand for, its edit distance from the typo and its document frequency. */
    record Match(String term, int edits, int docFreq) {
    }

    private final Map<String, List<String>> termsByDeletion = new HashMap<>();
    private final Map<String, Integer> docFreqs = new HashMap<>();
    private final int minTermLength;

    private TypoDictionary(int minTermLength) {
        this.minTermLength = minTermLength;
    }

    /** The dictionary of {@code fields} of {@code leaf}, terms of at least {@code minTermLength} letters. */
    static TypoDictionary of(LeafReader leaf, List<String> fields, int minTermLength) throws IOException {
        TypoDictionary dictionary = new TypoDictionary(minTermLength);
        for (String field : fields) {
            Terms terms = leaf.terms(field);
            if (terms != null) {
                dictionary.addAll(terms.iterator());
            }
        }
        return dictionary;
    }

    private void addAll(TermsEnum terms) throws IOException {
        for (BytesRef bytes = terms.next(); bytes != null; bytes = terms.next()) {
            String term = bytes.utf8ToString();
            if (term.length() >= minTermLength && docFreqs.merge(term, terms.docFreq(), Math::max) == terms.docFreq()) {
                add(term, term);
                for (int i = 0; i < term.length(); i++) {
                    add(deleteAt(term, i), term);
                }
            }
        }
    }

    private void add(String key, String term) {
        List<String> terms = termsByDeletion.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!terms.contains(term)) {
            terms.add(term);
        }
    }

    /**
     * The terms within {@code maxEdits} (1 or 2) of {@code typed} that share its first
     * {@code prefixLength} letters, the typed word itself excluded.
     */
    List<Match> lookup(String typed, int maxEdits, int prefixLength) {
        Set<String> seen = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (String variant : variants(typed, maxEdits)) {
            for (String term : termsByDeletion.getOrDefault(variant, List.of())) {
                if (seen.add(term) && !term.equals(typed) && samePrefix(typed, term, prefixLength)) {
                    int edits = FuzzyExpansion.editDistance(typed, term);
                    if (edits <= maxEdits) {
                        matches.add(new Match(term, edits, docFreqs.get(term)));
                    }
                }
            }
        }
        return matches;
    }

    /** The typed word and its deletions: one letter, and two letters when two edits are allowed. */
    private static Set<String> variants(String typed, int maxEdits) {
        Set<String> variants = new HashSet<>();
        variants.add(typed);
        for (int i = 0; i < typed.length(); i++) {
            String once = deleteAt(typed, i);
            variants.add(once);
            if (maxEdits >= 2) {
                for (int j = i; j < once.length(); j++) {
                    variants.add(deleteAt(once, j));
                }
            }
        }
        return variants;
    }

    private static boolean samePrefix(String a, String b, int length) {
        return a.length() >= length && b.length() >= length && a.regionMatches(0, b, 0, length);
    }

    private static String deleteAt(String text, int index) {
        return text.substring(0, index) + text.substring(index + 1);
    }
}
