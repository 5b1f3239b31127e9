package org.faqbot.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.faqbot.kb.EntryVectors;

/**
 * The vector fields of an entry's document, one per {@link EntryVectors#FIELDS view}: written when the index is built,
 * searched by {@link NearestEntries} through Lucene's HNSW graphs.
 */
final class VectorFields {

    private VectorFields() {
    }

    /** The field name of the {@code vectorField}-th view of {@link EntryVectors#FIELDS}. */
    static String field(int vectorField) {
        return "vec_" + EntryVectors.FIELDS.get(vectorField);
    }

    /** The vector fields of an entry's document; dot product, since every vector has unit length. */
    static List<KnnFloatVectorField> of(EntryVectors.Item item) {
        List<KnnFloatVectorField> fields = new ArrayList<>();
        for (int f = 0; f < item.vectors().length; f++) {
            fields.add(new KnnFloatVectorField(field(f), item.vectors()[f], VectorSimilarityFunction.DOT_PRODUCT));
        }
        return fields;
    }
}
