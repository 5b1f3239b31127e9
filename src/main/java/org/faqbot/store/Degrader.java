package org.faqbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the resilient stores do when the database is unavailable: reads give a fallback, writes wait in
 * a bounded queue that is replayed in order once the database answers again, and for
 * {@link #RETRY_AFTER} after a failure calls do not even try, so a message is not held up by a
 * connection timeout on every store call. Failures are logged by {@link StoreFailures#describe} only:
 * the database's own message can quote the statement's values, what users wrote. Thread-safe.
 */
final class Degrader {

    private static final Logger LOG = LoggerFactory.getLogger(Degrader.class);

    /** How long after a failure calls skip the database; the health probe may end it sooner. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(15);
    /**
     * Queued writes kept at most; beyond that the oldest goes (a long outage loses the oldest log lines first),
     * logged by what it was (its kind, and its chat or update: never a text), a line a minute at most with the
     * count since the last line.
     */
    static final int QUEUE_CAPACITY = 1000;

    private record Write(String what, Runnable action) {
    }

    private final Clock clock;
    private final Deque<Write> queue = new ArrayDeque<>();
    private volatile Instant skipUntil = Instant.MIN;
    private volatile boolean down;
    private long dropped;
    private final DropLog queueDrops;

    Degrader(Clock clock) {
        this.clock = clock;
        this.queueDrops = new DropLog(clock, DropLog.EVERY_MINUTE, (count, latest) -> LOG.warn(
                "Database away and {} writes queued: dropped {} of the oldest since the last line, the latest {}",
                QUEUE_CAPACITY, count, latest));
    }

    /** The read's result, or the fallback while the database is unavailable. */
    <T> T read(Supplier<T> read, T fallback) {
        if (skipping() || !flush()) {
            return fallback;
        }
        try {
            T result = read.get();
            up();
            return result;
        } catch (StoreUnavailableException e) {
            wentDown(e);
            return fallback;
        }
    }

    /** Runs the write now, or queues it while the database is unavailable. */
    void write(String what, Runnable action) {
        if (!skipping() && flush()) {
            try {
                action.run();
                up();
                return;
            } catch (StoreUnavailableException e) {
                wentDown(e);
            }
        }
        enqueue(new Write(what, action));
    }

    /** Runs an action whose result the caller must have: it throws {@link StoreUnavailableException} when down. */
    <T> T required(Supplier<T> action) {
        if (skipping()) {
            throw new StoreUnavailableException("database unavailable, not retried before " + skipUntil, null);
        }
        try {
            T result = action.get();
            up();
            return result;
        } catch (StoreUnavailableException e) {
            wentDown(e);
            throw e;
        }
    }

    /** Asks the probe; when the database answers, calls resume at once and queued writes are replayed. */
    boolean probe(BooleanSupplier probe) {
        if (!probe.getAsBoolean()) {
            wentDown(null);
            queueDrops.flushIfDue();
            return false;
        }
        skipUntil = Instant.MIN;
        return flush();
    }

    /** Whether the last call found the database away; cheap, it asks nothing of the database. */
    boolean isDown() {
        return down;
    }

    synchronized int queued() {
        return queue.size();
    }

    synchronized long dropped() {
        return dropped;
    }

    /** Replays queued writes oldest first; false when the database failed again (the rest stay queued). */
    private synchronized boolean flush() {
        while (!queue.isEmpty()) {
            Write write = queue.peekFirst();
            try {
                write.action().run();
            } catch (StoreUnavailableException e) {
                wentDown(e);
                return false;
            } catch (RuntimeException e) {
                dropped++;
                LOG.error("Dropping queued write '{}', it failed for another reason than an outage: {}", write.what(),
                        StoreFailures.describe(e));
            }
            queue.removeFirst();
        }
        up();
        return true;
    }

    private synchronized void enqueue(Write write) {
        if (queue.size() >= QUEUE_CAPACITY) {
            Write oldest = queue.removeFirst();
            dropped++;
            queueDrops.dropped(1, "'" + oldest.what() + "' (" + dropped + " dropped since the start)");
        }
        queue.addLast(write);
    }

    private boolean skipping() {
        return clock.instant().isBefore(skipUntil);
    }

    private void wentDown(StoreUnavailableException e) {
        skipUntil = clock.instant().plus(RETRY_AFTER);
        if (!down) {
            down = true;
            LOG.warn("Database unavailable; reads answer empty and writes are queued until it is back: {}",
                    e == null ? "health probe failed" : StoreFailures.describe(e));
        }
    }

    private void up() {
        if (down) {
            down = false;
            queueDrops.flush();
            LOG.info("Database available again");
        }
    }
}
