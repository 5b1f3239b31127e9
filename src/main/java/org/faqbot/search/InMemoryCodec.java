package org.faqbot.search;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.memory.DirectPostingsFormat;

/**
 * Lucene's default codec with every field's terms and postings held in plain arrays once the index
 * is opened ({@link DirectPostingsFormat}). A search opens a term and its postings for each of the
 * dozens of terms a question expands to, per field; in the default format each of those is a
 * term-dictionary seek and a block decode, and together they were the larger part of a search on a
 * small knowledge base. The index stays small (the whole corpus is about a megabyte), so holding it
 * uncompressed costs little. Scores are unchanged: the format stores the same statistics.
 */
final class InMemoryCodec extends Lucene912Codec {

    private final PostingsFormat postings = new DirectPostingsFormat();
    /**
     * HNSW graphs built with a beam of 32 candidates per insertion instead of Lucene's 100: building the
     * graphs of the whole corpus's 11,464 vectors was 3 to 4 s of its 5 s start, and on a few thousand
     * entries per field the narrower beam finds the same nearest entries (the search asks for 8).
     */
    private final KnnVectorsFormat vectors = new Lucene99HnswVectorsFormat(Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN, 32);

    @Override
    public PostingsFormat getPostingsFormatForField(String field) {
        return postings;
    }

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }
}
