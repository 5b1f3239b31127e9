package org.faqbot.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Lucene's BM25 (k1 1.2, b 0.75: the scores of {@link BM25Similarity}, which a test checks) for one
 * index, with each field's length-normalisation table computed once instead of for every term of every
 * search. {@code BM25Similarity.scorer} fills a 256-entry table of divisions per term and field; a
 * question makes dozens of such clauses, and on the small knowledge base that was a seventh of a
 * search. The table depends only on the field's average length, which is fixed for an index, so one
 * instance belongs to one index and its tables live as long as it does.
 */
final class IndexBm25 extends Similarity {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    /** Normalisation tables by the bits of the field's average length: a handful per index. */
    private final Map<Integer, float[]> tables = new ConcurrentHashMap<>();

    IndexBm25() {
        super(true);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        // As BM25Similarity: one term's idf as a float, several terms' idfs summed in a double.
        float idf;
        if (terms.length == 1) {
            idf = idf(terms[0].docFreq(), collection.docCount());
        } else {
            double sum = 0;
            for (TermStatistics term : terms) {
                sum += idf(term.docFreq(), collection.docCount());
            }
            idf = (float) sum;
        }
        float avgdl = (float) (collection.sumTotalTermFreq() / (double) collection.docCount());
        return new Scorer(boost, idf, tables.computeIfAbsent(Float.floatToIntBits(avgdl), bits -> table(avgdl)));
    }

    private static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    private static float[] table(float avgdl) {
        float[] table = new float[256];
        for (int i = 0; i < table.length; i++) {
            table[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
        }
        return table;
    }

    @Override
    public String toString() {
        return "BM25(k1=" + K1 + ",b=" + B + ", tables per index)";
    }

    /** Scores as BM25Similarity's scorer does; explanations are Lucene's default (nothing here asks for them). */
    private static final class Scorer extends SimScorer {
        private final float weight;
        private final float[] normInverse;

        Scorer(float boost, float idf, float[] normInverse) {
            this.weight = boost * idf;
            this.normInverse = normInverse;
        }

        @Override
        public float score(float freq, long encodedNorm) {
            // BM25Similarity's form: weight * freq / (freq + norm), rewritten to stay monotonic in floats.
            return weight - weight / (1f + freq * normInverse[((byte) encodedNorm) & 0xFF]);
        }
    }
}
