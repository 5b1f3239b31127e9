package org.faqbot.search;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny stand-in for the real model in tests where the model is not the point: each word of a text
 * adds one to the dimension its hash picks, and the sum is scaled to unit length, so texts sharing words
 * are close. Queries and passages are encoded alike; it counts how often each was asked for.
 */
public final class BagOfWordsEncoder implements TextEncoder {

    public static final String MODEL = "bag-of-words 1";
    public static final int DIMENSIONS = 32;

    private final String model;
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicInteger passages = new AtomicInteger();

    public BagOfWordsEncoder() {
        this(MODEL);
    }

    public BagOfWordsEncoder(String model) {
        this.model = model;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] query(String text) {
        queries.incrementAndGet();
        return encode(text);
    }

    @Override
    public float[] passage(String text) {
        passages.incrementAndGet();
        return encode(text);
    }

    /** How many passages were encoded. */
    public int passages() {
        return passages.get();
    }

    public int queries() {
        return queries.get();
    }

    /** The vector of {@code text}, without counting it. */
    public static float[] encode(String text) {
        float[] vector = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
            }
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            vector[0] = 1;
            return vector;
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
