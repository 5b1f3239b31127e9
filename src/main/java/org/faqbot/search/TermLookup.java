package org.faqbot.search;

/**
 * Term statistics and postings of the index for one search: document frequencies, and the documents
 * holding a term, so "which of these candidates contain it" costs one binary search per candidate,
 * however large the index. Reads the {@link Postings} copied out of the index at build time. Thread-safe.
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

    /** The documents, in ascending order, with {@code term} in {@code field}; empty when none has it. Not to be modified. */
    int[] docs(String field, String term) {
        return postings.docs(field, term);
    }
}
