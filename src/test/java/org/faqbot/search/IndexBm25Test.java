package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class IndexBm25Test {

    /** Same documents, same order, same scores to the last bit as Lucene's BM25, for term and synonym clauses. */
    @Test
    void scoresExactlyAsLuceneBm25() throws IOException {
        Random random = new Random(42);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 200; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("q", LeafSearchTest.words(random, 2 + random.nextInt(6)), Field.Store.NO));
                    doc.add(new TextField("a", LeafSearchTest.words(random, 5 + random.nextInt(60)), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher lucene = new IndexSearcher(reader);
                lucene.setSimilarity(new BM25Similarity());
                IndexSearcher ours = new IndexSearcher(reader);
                ours.setSimilarity(new IndexBm25());
                for (int round = 0; round < 50; round++) {
                    Query query = LeafSearchTest.query(random);
                    TopDocs expected = lucene.search(query, 50);
                    TopDocs actual = ours.search(query, 50);
                    assertTrue(expected.scoreDocs.length > 0, "the random query matches something");
                    LeafSearchTest.assertSameTopDocs(expected, actual, query);
                }
            }
        }
    }
}
