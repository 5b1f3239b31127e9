package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.faqbot.kb.Lang;

/**
 * The lexical side's Lucene query of a question's content words: built in code from the analysed words, never
 * parsed from the user's text.
 */
final class LexicalQuery {

    /** How much a find in each field adds to the BM25 score: the question says most about an entry. */
    private static final float QUESTION_BOOST = 3f;
    private static final float ANSWER_BOOST = 1f;
    private static final float CONTEXT_BOOST = 0.7f;
    /** The other language's fields count, but less: they catch English terms in Dutch questions. */
    private static final float OTHER_LANGUAGE_BOOST = 0.6f;
    /** Words of a question matched in several fields add a little beyond the best field. */
    private static final float TIE_BREAKER = 0.1f;

    private LexicalQuery() {
    }

    /**
     * One clause per content word, a document scoring the sum of the clauses it matches: the best of
     * the word's finds over the fields (question weighs most, the question's language over the other),
     * each field matching any of the word's terms (its stem, synonyms, compound parts, typo
     * corrections), weighted by how they came about.
     */
    static List<Query> of(List<QueryWord> words, Lang lang, TermLookup lookup) throws IOException {
        List<Query> clauses = new ArrayList<>(words.size());
        for (QueryWord word : words) {
            List<Query> perField = new ArrayList<>();
            for (Lang fieldLang : Lang.values()) {
                float langBoost = fieldLang == lang ? 1f : OTHER_LANGUAGE_BOOST;
                for (String field : IndexFields.textFields(fieldLang)) {
                    fieldQuery(word.terms(fieldLang), field, lookup)
                            .ifPresent(q -> perField.add(new BoostQuery(q, langBoost * boost(field))));
                }
            }
            if (!perField.isEmpty()) {
                clauses.add(new DisjunctionMaxQuery(perField, TIE_BREAKER));
            }
        }
        return clauses;
    }

    /** A field's clause of a word: any of its terms the field holds, each with the credit of how it came about. */
    private static Optional<Query> fieldQuery(Map<String, QueryWord.Source> terms, String field, TermLookup lookup)
            throws IOException {
        SynonymQuery.Builder query = new SynonymQuery.Builder(field);
        boolean any = false;
        for (var term : terms.entrySet()) {
            if (lookup.docFreq(field, term.getKey()) > 0) {
                query.addTerm(new Term(field, term.getKey()), term.getValue().credit);
                any = true;
            }
        }
        return any ? Optional.of(query.build()) : Optional.empty();
    }

    private static float boost(String field) {
        if (field.equals(IndexFields.QUESTION_NL) || field.equals(IndexFields.QUESTION_EN)) {
            return QUESTION_BOOST;
        }
        return field.equals(IndexFields.ANSWER_NL) || field.equals(IndexFields.ANSWER_EN) ? ANSWER_BOOST : CONTEXT_BOOST;
    }
}
