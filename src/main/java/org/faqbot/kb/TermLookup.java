package org.faqbot.kb;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Term statistics and postings of the single index segment, for one search: document frequencies
 * are looked up once per field and term, and "which of these candidates contain the term" costs one
 * skip per candidate, however large the index. Not thread-safe; one per search.
 */
final class TermLookup {

    private final LeafReader leaf;
    private final Map<String, TermsEnum> enums = new HashMap<>();
    private final Map<String, Map<String, Integer>> docFreqs = new HashMap<>();
    private PostingsEnum postings;

    TermLookup(LeafReader leaf) {
        this.leaf = leaf;
    }

    /** The number of documents with {@code term} in {@code field}; 0 when the index lacks it. */
    int docFreq(String field, String term) throws IOException {
        Map<String, Integer> ofField = docFreqs.computeIfAbsent(field, f -> new HashMap<>());
        Integer known = ofField.get(term);
        if (known == null) {
            TermsEnum terms = termsEnum(field);
            known = terms != null && terms.seekExact(new BytesRef(term)) ? terms.docFreq() : 0;
            ofField.put(term, known);
        }
        return known;
    }

    /**
     * Which of {@code docs} have {@code term} in {@code field}: element i is true when {@code docs[i]} has it.
     *
     * @param docs document ids in ascending order
     */
    boolean[] containing(String field, String term, int[] docs) throws IOException {
        boolean[] found = new boolean[docs.length];
        TermsEnum terms = termsEnum(field);
        if (terms == null || !terms.seekExact(new BytesRef(term))) {
            return found;
        }
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int i = 0; i < docs.length; i++) {
            int doc = postings.docID() >= docs[i] ? postings.docID() : postings.advance(docs[i]);
            if (doc == PostingsEnum.NO_MORE_DOCS) {
                break;
            }
            found[i] = doc == docs[i];
        }
        return found;
    }

    /** The field's terms, for fuzzy matching; null when no document has the field. */
    Terms terms(String field) throws IOException {
        return leaf.terms(field);
    }

    private TermsEnum termsEnum(String field) throws IOException {
        if (!enums.containsKey(field)) {
            Terms terms = leaf.terms(field);
            enums.put(field, terms == null ? null : terms.iterator());
        }
        return enums.get(field);
    }
}
