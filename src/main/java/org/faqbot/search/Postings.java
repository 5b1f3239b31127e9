package org.faqbot.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.faqbot.kb.Lang;

/**
 * The documents of every term of the text fields, copied out of the single index segment into hash
 * maps once per index: a search asks for document frequencies and "which candidates hold this term"
 * hundreds of times, and a hash probe is far cheaper than seeking Lucene's term dictionary each time.
 * Immutable and thread-safe.
 */
final class Postings {

    private static final int[] NONE = new int[0];

    private final Map<String, Map<String, int[]>> docsByTermByField = new HashMap<>();

    private Postings() {
    }

    static Postings of(LeafReader leaf) throws IOException {
        Postings postings = new Postings();
        if (leaf == null) {
            return postings;
        }
        for (Lang lang : Lang.values()) {
            for (String field : IndexFields.textFields(lang)) {
                Terms terms = leaf.terms(field);
                postings.docsByTermByField.put(field, terms == null ? Map.of() : read(terms.iterator()));
            }
        }
        return postings;
    }

    private static Map<String, int[]> read(TermsEnum terms) throws IOException {
        Map<String, int[]> docsByTerm = new HashMap<>();
        PostingsEnum postings = null;
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            int[] docs = new int[terms.docFreq()];
            postings = terms.postings(postings, PostingsEnum.NONE);
            int n = 0;
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[n++] = doc;
            }
            docsByTerm.put(term.utf8ToString(), docs);
        }
        return docsByTerm;
    }

    /** The documents, in ascending order, with {@code term} in {@code field}; empty when none has it. */
    int[] docs(String field, String term) {
        return docsByTermByField.getOrDefault(field, Map.of()).getOrDefault(term, NONE);
    }
}
