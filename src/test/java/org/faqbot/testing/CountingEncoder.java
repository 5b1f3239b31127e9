package org.faqbot.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.faqbot.search.TextEncoder;

/**
 * An encoder that counts its calls, so that a benchmark can tell the replies the cascade answered without the
 * encoder (lexical search and word vectors sure) from those that needed one or more encodes: the two cost
 * about 2 ms and 10 - 20 ms, and one p50 over their mix says little about either; and a test that the cascade skipped
 * the encoder. Thread-safe: a Dutch question's gloss is encoded on another thread than its own text.
 */
public final class CountingEncoder implements TextEncoder {

    private final TextEncoder encoder;
    private final AtomicLong calls = new AtomicLong();

    public CountingEncoder(TextEncoder encoder) {
        this.encoder = encoder;
    }

    /** Encodes so far, queries and passages alike. */
    public long calls() {
        return calls.get();
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
        calls.incrementAndGet();
        return encoder.query(text);
    }

    @Override
    public List<float[]> queries(List<String> texts) {
        calls.addAndGet(texts.size());
        return encoder.queries(texts);
    }

    @Override
    public float[] passage(String text) {
        calls.incrementAndGet();
        return encoder.passage(text);
    }
}
