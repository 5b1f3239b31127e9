package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ArrayNormsReaderTest {

    @Test
    void givesTheSegmentsNormsAndScores() throws IOException {
        Random random = new Random(7);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 150; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", "d" + i, Field.Store.NO));
                    doc.add(new TextField("a", LeafSearchTest.words(random, 1 + random.nextInt(80)), Field.Store.NO));
                    if (i % 3 == 0) {
                        // A sparse field: most documents have no norm for it.
                        doc.add(new TextField("q", LeafSearchTest.words(random, 1 + random.nextInt(5)), Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader segment = reader.leaves().get(0).reader();
                ArrayNormsReader arrays = new ArrayNormsReader(segment);
                for (String field : new String[] {"a", "q"}) {
                    assertSameIteration(segment.getNormValues(field), arrays.getNormValues(field));
                    assertSameLookups(segment.getNormValues(field), arrays.getNormValues(field), segment.maxDoc());
                }
                assertNull(arrays.getNormValues("id"), "a field indexed without norms has none");
                assertNull(arrays.getNormValues("nowhere"));

                IndexSearcher plain = new IndexSearcher(segment);
                IndexSearcher overArrays = new IndexSearcher(arrays);
                for (int round = 0; round < 30; round++) {
                    Query query = LeafSearchTest.query(random);
                    TopDocs expected = plain.search(query, 40);
                    TopDocs actual = overArrays.search(query, 40);
                    LeafSearchTest.assertSameTopDocs(expected, actual, query);
                }
            }
        }
    }

    private static void assertSameIteration(NumericDocValues expected, NumericDocValues actual) throws IOException {
        assertEquals(expected.cost(), actual.cost());
        for (int doc = expected.nextDoc(); ; doc = expected.nextDoc()) {
            assertEquals(doc, actual.nextDoc());
            if (doc == NumericDocValues.NO_MORE_DOCS) {
                return;
            }
            assertEquals(expected.longValue(), actual.longValue(), "doc " + doc);
        }
    }

    private static void assertSameLookups(NumericDocValues expected, NumericDocValues actual, int maxDoc) throws IOException {
        for (int doc = 0; doc < maxDoc; doc += 1 + doc % 4) {
            boolean has = expected.advanceExact(doc);
            assertEquals(has, actual.advanceExact(doc), "doc " + doc);
            if (has) {
                assertEquals(expected.longValue(), actual.longValue(), "doc " + doc);
            }
        }
    }
}
