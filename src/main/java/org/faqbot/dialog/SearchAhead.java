package org.faqbot.dialog;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.faqbot.kb.Lang;
import org.faqbot.process.WholeNumberSetting;
import org.faqbot.search.FaqIndex.CheapResult;

/**
 * The cheap search of a whole message, started on an idle core as soon as the reply knows the message's language,
 * while the dialogue reads the message (its dates, rules, small talk). Most questions are searched as they were
 * written, after that reading: a search and the reading take about the same time (0.3 - 0.8 ms each), so a question
 * answered without the encoder gets its reply in about the time of the longer of the two instead of their sum.
 *
 * <p>It starts only while fewer replies run than the machine has cores (by default; {@value #SETTING} sets the
 * threads, 0 turns it off), on a thread of its own that no queue waits for: under load every core already answers a reply of its own, and a search that the reply may not use
 * (a date rule's answer, small talk) would take a core from another reply. The search is the one the reply would
 * make (the same text, language and state of the encoder's loading) and belongs to this reply alone: it is
 * dropped at the reply's end, so no search outlives its message.
 */
final class SearchAhead {

    /** The setting of the threads that search ahead: by default the cores beside the one that answers the reply. */
    static final String SETTING = "FAQBOT_SEARCH_AHEAD_THREADS";
    /** The threads that search ahead, or -1 when the setting is no number from 0 to 64 (an error when the core is built). */
    private static final Setting SET = Setting.read(System.getenv(SETTING), Runtime.getRuntime().availableProcessors() - 1);
    private static final int THREADS = SET.threads();
    /** Null when no thread may search ahead: on a single core the search could only wait for the reply's own. */
    private static final ExecutorService AHEAD = THREADS < 1 ? null
            : new ThreadPoolExecutor(0, THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "search-ahead");
                thread.setDaemon(true);
                return thread;
            });
    /** Replies being answered now, by any assistant: the cores they take are no spare ones. */
    private static final AtomicInteger REPLYING = new AtomicInteger();

    /** The search started for the reply this thread answers. */
    private final ThreadLocal<Started> started = new ThreadLocal<>();
    private final BiFunction<String, Lang, CheapResult> search;
    private final Hybrid hybrid;
    private final ExecutorService executor;
    private final int threads;
    private final AtomicInteger replying;

    /** Whether the search fuses the encoder's evidence now; a result from before the encoder loaded is not used after. */
    interface Hybrid {
        boolean now();
    }

    /** The setting's thread count (-1 when refused) and the message that refuses it: thrown when a core is built, not when the class loads. */
    private record Setting(int threads, String refused) {
        static Setting read(String raw, int otherwise) {
            try {
                return new Setting(WholeNumberSetting.read(SETTING, raw, Math.max(0, otherwise), 0, 64), null);
            } catch (IllegalArgumentException e) {
                return new Setting(-1, e.getMessage());
            }
        }
    }

    private record Started(String text, Lang lang, CompletableFuture<Searched> result) {
    }

    /** A search ahead's result, and whether the encoder was there when it began. */
    private record Searched(CheapResult result, boolean hybrid) {
    }

    /** Searches ahead with {@code search} on the machine's spare cores, as {@value #SETTING} says. */
    SearchAhead(BiFunction<String, Lang, CheapResult> search, Hybrid hybrid) {
        this(search, hybrid, AHEAD, THREADS, REPLYING);
        if (SET.refused() != null) {
            throw new IllegalArgumentException(SET.refused());
        }
    }

    /** Searches ahead on {@code executor} (none: never) while at most {@code threads} replies counted in {@code replying} run. */
    SearchAhead(BiFunction<String, Lang, CheapResult> search, Hybrid hybrid, ExecutorService executor, int threads,
            AtomicInteger replying) {
        this.search = search;
        this.hybrid = hybrid;
        this.executor = executor;
        this.threads = threads;
        this.replying = replying;
    }

    /** {@code setting}'s thread count: {@code otherwise} when unset, -1 when it is no number from 0 to 64. */
    static int threads(String setting, int otherwise) {
        return Setting.read(setting, otherwise).threads();
    }
    /** A reply begins on this thread; pair with {@link #end}. */
    void begin() {
        replying.incrementAndGet();
        started.remove();
    }

    /** Starts the cheap search of {@code text} in {@code lang} if a core is spare; the reply goes on at once. */
    void start(String text, Lang lang) {
        if (executor == null || replying.get() > threads) {
            return;
        }
        try {
            // Whether the encoder is there is asked on the searching thread: a reply that never searches (small talk)
            // must not wait for the encoder's load because of a search it does not use.
            started.set(new Started(text, lang, CompletableFuture.supplyAsync(() -> {
                boolean hybridThen = hybrid.now();
                return new Searched(search.apply(text, lang), hybridThen);
            }, executor)));
        } catch (RejectedExecutionException e) {
            // Every spare core searches ahead for another reply: this one searches when it needs to.
        }
    }

    /**
     * The cheap search of {@code text} in {@code lang} if it was started for this reply (waiting for it if it is
     * still running); empty when it was not, or when it failed (the reply's own search then meets the same failure).
     */
    Optional<CheapResult> take(String text, Lang lang) {
        Started ahead = started.get();
        if (ahead == null || !ahead.text().equals(text) || ahead.lang() != lang) {
            return Optional.empty();
        }
        Searched searched;
        try {
            searched = ahead.result().join();
        } catch (CompletionException e) {
            started.remove();
            return Optional.empty();
        }
        // An encoder once there stays; one that loaded meanwhile makes the reply search as it would now.
        return searched.hybrid() || !hybrid.now() ? Optional.of(searched.result()) : Optional.empty();
    }

    /** The reply on this thread has ended: its search ahead, used or not, goes with it. */
    void end() {
        started.remove();
        replying.decrementAndGet();
    }
}
