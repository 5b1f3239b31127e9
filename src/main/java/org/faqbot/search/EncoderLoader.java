package org.faqbot.search;

import org.faqbot.kb.Lang;
import org.faqbot.process.WholeNumberSetting;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one encoder, loaded in the background from the first call on: a reply need not wait
 * for the model (about a second), it answers from the lexical side until the model is there. The ONNX
 * session is shared by every searcher and thread (ONNX Runtime's sessions are thread-safe); each encode
 * uses {@code FAQBOT_ENCODER_THREADS} threads (default 1: with several chat workers, one core per
 * question serves more questions than two cores per question), and a question encoded while no other encode
 * runs uses {@code FAQBOT_ENCODER_LONE_THREADS} (default the same, so no second session; see {@link BertEncoder#widen}).
 */
public final class EncoderLoader {

    private static final Logger LOG = LoggerFactory.getLogger(EncoderLoader.class);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(20);
    private static CompletableFuture<Optional<TextEncoder>> shared;
    /** Done when the loader thread has made its last session (the lone questions' one, after the encoder is in use). */
    private static CompletableFuture<Void> widened;

    private EncoderLoader() {
    }

    /** Starts loading the shared encoder if nobody has yet; returns at once. */
    public static synchronized CompletableFuture<Optional<TextEncoder>> start() {
        if (shared == null) {
            int threads = threads("FAQBOT_ENCODER_THREADS", System.getenv("FAQBOT_ENCODER_THREADS"), 1);
            // Off unless asked for: it made the whole-corpus replies' median a fifth faster and no p99 faster, and its
            // second copy of the weights took the whole corpus's peak to 407 MB, over the 400 MB bar (README, What the models cost).
            int lone = threads("FAQBOT_ENCODER_LONE_THREADS", System.getenv("FAQBOT_ENCODER_LONE_THREADS"), threads);
            widened = new CompletableFuture<>();
            shared = loadInBackground(() -> load(threads), encoder -> widen(encoder, lone), widened);
        }
        return shared;
    }

    /**
     * To be called before the process exits: waits for a model still being loaded. ONNX Runtime closes
     * its environment in a shutdown hook of its own, which runs while the loader thread may be inside the
     * native session creation; that crashed the JVM (SIGSEGV, exit 134) in 3 of 20 one-question
     * {@code ask} runs (microsoft/onnxruntime#31352). A hook of ours cannot order itself before theirs (hooks
     * run at the same time), so this runs before the exit starts; a signal during the load can still meet it. Bounded, so that a hung load cannot keep the process from ending.
     */
    public static void settleBeforeExit() {
        awaitEverySession();
    }

    /**
     * Waits (at most 20 s each) for the encoder and for the session the loader makes after it: for a process
     * about to exit, and for a benchmark that should time nothing while the loader still works.
     */
    public static void awaitEverySession() {
        CompletableFuture<Optional<TextEncoder>> loading;
        CompletableFuture<Void> lastSession;
        synchronized (EncoderLoader.class) {
            loading = shared;
            lastSession = widened;
        }
        if (loading != null) {
            awaitQuietly(loading, EXIT_WAIT);
            awaitQuietly(lastSession, EXIT_WAIT);
        }
    }

    static boolean awaitQuietly(CompletableFuture<?> loading, Duration max) {
        try {
            loading.get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return loading.isDone();
        }
    }

    /**
     * Runs {@code load} on a daemon thread; the future completes with its encoder, or empty when it
     * fails in any way: an error (out of memory while reading the 34 MB model, say) must not leave
     * every waiting search hanging, the bot goes on with the lexical search alone. Then, on the same
     * thread, {@code after} gets the loaded encoder: work that need not hold up the first encodes, which may
     * fail without harm; {@code afterDone} completes when it has ended either way.
     */
    static CompletableFuture<Optional<TextEncoder>> loadInBackground(Supplier<Optional<TextEncoder>> load,
            Consumer<TextEncoder> after, CompletableFuture<Void> afterDone) {
        CompletableFuture<Optional<TextEncoder>> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loading.complete(load.get());
            } catch (Throwable e) {
                LOG.error("the encoder could not be loaded, answering from the lexical search alone", e);
                loading.complete(Optional.empty());
            }
            try {
                loading.join().ifPresent(after);
            } catch (Throwable e) {
                LOG.warn("the encoder's session for lone questions could not be made, every encode uses the usual threads: {}",
                        e.toString());
            } finally {
                afterDone.complete(null);
            }
        }, "encoder-loader");
        loader.setDaemon(true);
        loader.start();
        return loading;
    }

    /** The encoder if it has loaded; empty while it loads, and for good if it could not load. */
    public static Optional<TextEncoder> ifReady() {
        CompletableFuture<Optional<TextEncoder>> loading = start();
        return loading.isDone() ? loading.join() : Optional.empty();
    }

    /** The encoder, waiting for it to load: for batch work (ingest, eval, fitting) that wants the same answers every run. */
    public static Optional<TextEncoder> await() {
        try {
            return start().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** The lone questions' session, made once the encoder is in use. */
    private static void widen(TextEncoder encoder, int threads) {
        if (encoder instanceof BertEncoder bert) {
            long start = System.nanoTime();
            bert.widen(threads);
            LOG.info("encoder: {} thread(s) for a question encoded alone, ready in {} ms", threads,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The thread count {@code setting} of the variable {@code name}; {@code otherwise} when it is not set. */
    static int threads(String name, String setting, int otherwise) {
        return WholeNumberSetting.read(name, setting, otherwise, 1, 64);
    }

    private static Optional<TextEncoder> load(int threads) {
        long start = System.nanoTime();
        try {
            // The Dutch readings' data (0.1-0.4 s) is read on another core while the model loads (0.9 s).
            Thread dutch = new Thread(EncoderLoader::readDutchData, "dutch-data-loader");
            dutch.setDaemon(true);
            dutch.start();
            BertEncoder encoder = BertEncoder.load(threads);
            dutch.join();
            LOG.info("encoder {} ready in {} ms ({} thread(s) per question)", encoder.model(),
                    (System.nanoTime() - start) / 1_000_000, threads);
            return Optional.of(encoder);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("the encoder could not be loaded, answering from the lexical search alone: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Reads the gloss table and both languages' word vectors; a failure shows when a search first uses them. */
    private static void readDutchData() {
        try {
            DutchGlosses.warm();
            WordVectors.standard(Lang.NL);
            WordVectors.standard(Lang.EN);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("the Dutch gloss table or the word vectors could not be read: {}", e.toString());
        }
    }
}
