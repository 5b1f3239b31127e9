package org.faqbot.search;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.faqbot.kb.Lang;

/**
 * Whether two of a question's words stand together in some entry of the index: "AWS" and "refund" never do in the Partner
 * Center docs, which name AWS only among a customer's competing products. Read from the postings, as typed (its own
 * terms) for the first word and with its synonyms for the second. One question's, not thread-safe.
 */
final class WordsMeet {

    private final List<QueryWord> words;
    private final TermLookup lookup;

    WordsMeet(List<QueryWord> words, TermLookup lookup) {
        this.words = words;
        this.lookup = lookup;
    }

    /** Whether an entry holds word {@code a} as written and word {@code b} or a synonym of it, in either language. */
    boolean meet(int a, int b) {
        BitSet first = docs(words.get(a), false);
        first.and(docs(words.get(b), true));
        return !first.isEmpty();
    }

    private BitSet docs(QueryWord word, boolean synonyms) {
        BitSet docs = new BitSet();
        for (Lang lang : Lang.values()) {
            for (Map.Entry<String, QueryWord.Source> term : word.terms(lang).entrySet()) {
                if (term.getValue() == QueryWord.Source.WORD || synonyms && term.getValue() == QueryWord.Source.SYNONYM) {
                    for (String field : IndexFields.textFields(lang)) {
                        for (int doc : lookup.docs(field, term.getKey())) {
                            docs.set(doc);
                        }
                    }
                }
            }
        }
        return docs;
    }
}
