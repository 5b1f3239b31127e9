package org.faqbot.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * The index's segment with every field's length norms read once into arrays. Lucene opens a field's
 * norms for each term scorer, and in the default norms format each opening slices the index file: with
 * dozens of term clauses per question that was a twentieth of a small-KB search. The arrays hold a long
 * per document and field (about 200 KB for the whole corpus); values and the documents that have them
 * are those of the segment.
 */
final class ArrayNormsReader extends FilterLeafReader {

    private record Norms(long[] values, FixedBitSet present, int count) {
    }

    private final Map<String, Norms> byField = new HashMap<>();

    ArrayNormsReader(LeafReader in) throws IOException {
        super(in);
        for (FieldInfo field : in.getFieldInfos()) {
            NumericDocValues norms = field.hasNorms() ? in.getNormValues(field.name) : null;
            if (norms == null) {
                continue;
            }
            long[] values = new long[in.maxDoc()];
            FixedBitSet present = new FixedBitSet(Math.max(1, in.maxDoc()));
            int count = 0;
            for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
                values[doc] = norms.longValue();
                present.set(doc);
                count++;
            }
            byField.put(field.name, new Norms(values, present, count));
        }
    }

    @Override
    public NumericDocValues getNormValues(String field) {
        Norms norms = byField.get(field);
        return norms == null ? null : new ArrayValues(norms, in.maxDoc());
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** One field's norms as Lucene iterates them: forwards, or straight to a document. */
    private static final class ArrayValues extends NumericDocValues {
        private final Norms norms;
        private final int maxDoc;
        private int doc = -1;

        ArrayValues(Norms norms, int maxDoc) {
            this.norms = norms;
            this.maxDoc = maxDoc;
        }

        @Override
        public long longValue() {
            return norms.values()[doc];
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return norms.present().get(target);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            doc = target >= maxDoc ? NO_MORE_DOCS : norms.present().nextSetBit(target);
            return doc;
        }

        @Override
        public long cost() {
            return norms.count();
        }
    }
}
