package org.faqbot.kb;

import java.util.Arrays;

/**
 * Term statistics and postings of the index for one search: document frequencies, and "which of
 * these candidates contain the term" at one binary search per candidate, however large the index.
 * Reads the {@link Postings} copied out of the index at build time. Thread-safe.
 */
final class TermLookup {

    private final Postings postings;

    TermLookup(Postings postings) {
        this.postings = postings;
    }

    /** The number of documents with {@code term} in {@code field}; 0 when the index lacks it. */
    int docFreq(String field, String term) {
        return postings.docs(field, term).length;
    }

    /**
     * Which of {@code docs} have {@code term} in {@code field}: element i is true when {@code docs[i]} has it.
     *
     * @param docs document ids in ascending order
     */
    boolean[] containing(String field, String term, int[] docs) {
        int[] holding = postings.docs(field, term);
        boolean[] found = new boolean[docs.length];
        for (int i = 0; i < docs.length; i++) {
            found[i] = Arrays.binarySearch(holding, docs[i]) >= 0;
        }
        return found;
    }
}
