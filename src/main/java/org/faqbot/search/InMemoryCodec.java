package org.faqbot.search;

import org.apache.lucene.codecs.PostingsFormat;
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

    @Override
    public PostingsFormat getPostingsFormatForField(String field) {
        return postings;
    }
}
