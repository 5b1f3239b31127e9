package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeafSearchTest {

    private static final List<String> WORDS = List.of("renew", "benefit", "key", "azure", "credit", "expire",
            "partner", "license", "visual", "studio", "subscription", "membership");

    /** Both ways of scoring (one document at a time on small indexes, in bulk on large ones) match Lucene's own search. */
    @ParameterizedTest
    @ValueSource(ints = {12, 300, LeafSearch.BULK_SCORING_MIN_DOCS + 500})
    void findsTheSameTopDocumentsWithTheSameScoresAsIndexSearcher(int docs) throws IOException {
        Random random = new Random(docs);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < docs; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("q", words(random, 4), Field.Store.NO));
                    doc.add(new TextField("a", words(random, 20), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                LeafSearch search = new LeafSearch(searcher, reader.leaves().get(0));
                for (int round = 0; round < 200; round++) {
                    List<Query> clauses = clauses(random);
                    Query query = disjunction(clauses);
                    TopDocs expected = searcher.search(query, 20);
                    TopDocs actual = search.top(clauses, 20);
                    assertTrue(expected.scoreDocs.length > 0, "the random query matches something");
                    assertSameTopDocs(expected, actual, query);
                }
            }
        }
    }

    static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        return text.toString();
    }

    /** The same documents in the same order with bit-identical scores. */
    static void assertSameTopDocs(TopDocs expected, TopDocs actual, Query query) {
        assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, query.toString());
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, query + " rank " + i);
            assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 0f, query + " rank " + i);
        }
    }

    /** The shape FaqIndex builds: per word, the best of its fields, each field any of the word's terms. */
    static List<Query> clauses(Random random) {
        List<Query> clauses = new java.util.ArrayList<>();
        for (int w = 0; w < 1 + random.nextInt(4); w++) {
            String first = WORDS.get(random.nextInt(WORDS.size()));
            String second = WORDS.get(random.nextInt(WORDS.size()));
            List<Query> perField = List.of("q", "a").stream().<Query>map(field -> new BoostQuery(
                    new SynonymQuery.Builder(field).addTerm(new Term(field, first)).addTerm(new Term(field, second), 0.5f).build(),
                    field.equals("q") ? 3f : 1f)).toList();
            clauses.add(new DisjunctionMaxQuery(perField, 0.1f));
        }
        return clauses;
    }

    /** The clauses as one query whose score is their sum, as Lucene's own search would take them. */
    static Query disjunction(List<Query> clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        clauses.forEach(clause -> query.add(clause, BooleanClause.Occur.SHOULD));
        return query.build();
    }

    static Query query(Random random) {
        return disjunction(clauses(random));
    }
}
