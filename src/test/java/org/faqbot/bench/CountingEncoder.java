package org.faqbot.bench;

import org.faqbot.search.TextEncoder;

/**
 * An encoder that counts its calls, so that a benchmark can tell the replies the cascade answered without the
 * encoder (lexical search and word vectors sure) from those that needed one or more encodes: the two cost
 * about 2 ms and 10 - 20 ms, and one p50 over their mix says little about either. Counts from one thread.
 */
final class CountingEncoder implements TextEncoder {

    private final TextEncoder encoder;
    private long calls;

    CountingEncoder(TextEncoder encoder) {
        this.encoder = encoder;
    }

    /** Encodes so far, queries and passages alike. */
    long calls() {
        return calls;
    }

    @Override
    public String model() {
        return encoder.model();
    }

    @Override
    public int dimensions() {
        return encoder.dimensions();
    }

    @Override
    public float[] query(String text) {
        calls++;
        return encoder.query(text);
    }

    @Override
    public float[] passage(String text) {
        calls++;
        return encoder.passage(text);
    }
}
