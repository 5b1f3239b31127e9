package org.faqbot.process;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the process when an {@link OutOfMemoryError} ends one of its threads, so that a supervisor (Docker's restart
 * policy, systemd, Kubernetes) starts it again with a fresh heap. A thread that dies so is not replaced by anything:
 * the loop of the JDK's HTTP server's one dispatcher thread catches only {@link Exception}s (JDK 17's
 * {@code ServerImpl.Dispatcher.run}), so an {@code OutOfMemoryError} in its own work, accepting and registering
 * connections, ends it (as when a knowledge-base reload ran the heap out) and leaves the port open with nothing
 * answering; a Telegram chat whose worker died never got its queue run again; a scheduled job stops for good. Restarting the dispatcher
 * is not possible (it is private to the JDK's server), and rebuilding each part in place would still run in a heap
 * whose other threads may have failed half-way through their own work; exiting and being restarted is what
 * services do ({@code -XX:+ExitOnOutOfMemoryError}, Elasticsearch and Cassandra end on one too). Not that flag
 * itself: the reload's build runs on a thread of its own and its {@code OutOfMemoryError} is caught there
 * ({@code KbReloader}), leaving the old index answering, which the flag would turn into an exit. Other errors
 * keep the JVM's default handling: a {@link StackOverflowError} from one odd question should not end the bot.
 * The exit status is 3, as the JVM's own flag uses; updates and answers survive a hard stop (README, Crash and restart).
 */
public final class FatalErrors {

    /** The exit status after an {@link OutOfMemoryError}, the JVM's own for {@code -XX:+ExitOnOutOfMemoryError}. */
    public static final int OUT_OF_MEMORY = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FatalErrors.class);
    /** Written when even the log line cannot be made, the heap being full. */
    private static final String FALLBACK = "faqbot: a thread ended on OutOfMemoryError; exiting with status 3\n";

    private FatalErrors() {
    }

    /** Installs {@link #handler} for every thread without a handler of its own, halting the JVM on a fatal error. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(handler(status -> Runtime.getRuntime().halt(status),
                Thread.getDefaultUncaughtExceptionHandler()));
    }

    /**
     * The handler: on an {@link OutOfMemoryError} logs one line naming the thread and calls {@code exit}; any other
     * throwable goes to {@code others} (the JVM's own printing when null).
     */
    public static Thread.UncaughtExceptionHandler handler(IntConsumer exit, Thread.UncaughtExceptionHandler others) {
        return (thread, error) -> {
            if (!(error instanceof OutOfMemoryError)) {
                if (others != null) {
                    others.uncaughtException(thread, error);
                } else {
                    System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                    error.printStackTrace(System.err);
                }
                return;
            }
            try {
                LOG.error("thread '{}' ended on {}; exiting with status {} so that the bot is restarted with a fresh heap"
                        + " (the thread is not replaced, and part of the bot would stop answering)", thread.getName(), error, OUT_OF_MEMORY);
            } catch (Throwable logFailed) {
                System.err.print(FALLBACK);
            } finally {
                exit.accept(OUT_OF_MEMORY);
            }
        };
    }

    /**
     * {@code job} for a scheduled executor: an executor keeps a periodic job's {@link OutOfMemoryError} in its
     * future and silently never runs the job again, so it is handed to the thread's uncaught-exception handler
     * (with {@link #install}, the exit) instead. Other throwables pass as they are.
     */
    public static Runnable surfacing(Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (OutOfMemoryError e) {
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
            }
        };
    }
}
