package org.faqbot.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a unit-length dense vector whose dot product with another measures how close their
 * meanings are. Questions and the texts that answer them are encoded differently (asymmetric models
 * such as E5 are trained with a prefix for each side). Implementations are thread-safe.
 */
public interface TextEncoder {

    /** Names the model and its version; stored with every vector so that vectors of two models never mix. */
    String model();

    /** The length of every vector. */
    int dimensions();

    /** The vector of a user's question. */
    float[] query(String text);

    /**
     * The vectors of several questions, in their order: one question's readings (a Dutch question and its English
     * gloss). An encoder may encode them side by side.
     */
    default List<float[]> queries(List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        for (String text : texts) {
            vectors.add(query(text));
        }
        return vectors;
    }

    /** The vector of a text that may answer questions: an entry's question, or its question and answer. */
    float[] passage(String text);
}
