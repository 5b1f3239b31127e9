package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;

/** The documents nearest to a question by meaning: the dense side's own candidates beside the lexical side's. */
final class NearestEntries {

    /** Entries taken from each vector field's nearest neighbours. */
    static final int NEIGHBOURS = 8;
    /**
     * Up to this many entries the nearest are found by comparing the question with every entry: exact, and
     * on the Benefits FAQ cheaper than setting up Lucene's HNSW queries (a few hundred thousand
     * multiply-adds at most, against a query object, its rewrite and a graph walk per field).
     */
    static final int EXHAUSTIVE_UP_TO = 256;

    private final DocVectors vectors;
    private final IndexSearcher searcher;

    NearestEntries(DocVectors vectors, LeafReader leaf) {
        this.vectors = vectors;
        this.searcher = new IndexSearcher(leaf);
    }

    /**
     * The documents nearest to the question in the vector fields it is compared with. {@code nearestOfMapped}, when not null,
     * are those of the question's word-vector view ({@link DenseSide.QueryVectors#mapped}) read as an English question: the
     * cascade's words stage looked them up already, and the same graph walks give the same documents.
     */
    List<Integer> of(DenseSide.QueryVectors query, List<Integer> nearestOfMapped) throws IOException {
        if (vectors.size() <= EXHAUSTIVE_UP_TO) {
            return nearestByComparingAll(query);
        }
        List<Integer> docs = new ArrayList<>();
        if (query.isEnglish()) {
            knn(query.own(), 0, docs);
            knn(query.own(), 1, docs);
        } else {
            knn(query.own(), 2, docs);
            knn(query.own(), 3, docs);
            for (float[] english : new float[][] {query.gloss(), query.mapped()}) {
                if (english == query.mapped() && nearestOfMapped != null) {
                    nearestOfMapped.stream().filter(doc -> !docs.contains(doc)).forEach(docs::add);
                } else if (english != null) {
                    knn(english, 0, docs);
                    knn(english, 1, docs);
                }
            }
        }
        return docs;
    }

    /** The {@link #NEIGHBOURS} documents of highest {@link DocVectors#cosine}, computed for every document. */
    private List<Integer> nearestByComparingAll(DenseSide.QueryVectors query) {
        List<Integer> docs = new ArrayList<>();
        double[] cosines = new double[vectors.size()];
        for (int doc = 0; doc < vectors.size(); doc++) {
            if (vectors.has(doc)) {
                docs.add(doc);
                cosines[doc] = vectors.cosine(doc, query);
            }
        }
        docs.sort(Comparator.comparingDouble((Integer doc) -> cosines[doc]).reversed());
        return docs.subList(0, Math.min(NEIGHBOURS, docs.size()));
    }

    private void knn(float[] vector, int field, List<Integer> into) throws IOException {
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(VectorFields.field(field), vector, NEIGHBOURS), NEIGHBOURS).scoreDocs) {
            if (!into.contains(hit.doc)) {
                into.add(hit.doc);
            }
        }
    }
}
