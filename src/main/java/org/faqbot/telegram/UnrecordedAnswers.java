package org.faqbot.telegram;

import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * The bound on answers a hard kill can make the bot send twice. Telegram takes no idempotency key and
 * cannot be asked whether a message arrived, so an answer that reached Telegram before the journal
 * recorded its update as answered is sent again after a restart. An update's answer therefore holds
 * one of {@code limit} permits from just before its first sendMessage until its "answered" mark is
 * committed (or has failed): at any moment at most {@code limit} answers are sent or on their way
 * without that record, and a kill repeats at most that many. Working out a reply needs no permit,
 * only sending and recording it. Thread-safe.
 *
 * <p>The price is throughput: at most {@code limit} answers per round trip to Telegram plus one
 * commit.
 */
final class UnrecordedAnswers {

    private final Semaphore permits;
    private final int limit;
    private final LongSupplier nanoTime;

    /**
     * @param limit    how many answers may be unrecorded at once, at least 1
     * @param nanoTime the monotonic clock the waits and holds are timed with ({@code System::nanoTime})
     */
    UnrecordedAnswers(int limit, LongSupplier nanoTime) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one answer must be allowed on its way, not " + limit);
        }
        // Not fair: a permit given back goes to whichever answer asks first, instead of lying idle until the
        // longest-waiting thread gets a processor. On a busy 2-core machine a fair semaphore kept the Telegram
        // benchmark at 500 updates/s with p99 under 100 ms in 5 of 10 runs, this one in 7 of 10 (p99 median
        // 222 against 41 ms). A waiting answer can be passed over by one that asks later, but the p99 shows
        // it is not for long.
        this.permits = new Semaphore(limit, false);
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** A claim for one update's answer; it holds no permit until its first send. */
    Claim claim() {
        return new Claim();
    }

    int limit() {
        return limit;
    }

    /** Permits no answer holds right now. */
    int available() {
        return permits.availablePermits();
    }

    /** Answers waiting for a permit right now (an estimate while threads come and go). */
    int waiting() {
        return permits.getQueueLength();
    }

    /**
     * One update's hold on a permit. Used by the one thread that handles the update, which closes it
     * once the update's mark is committed or will not be; closing it twice gives back one permit.
     */
    final class Claim implements AutoCloseable {

        private boolean held;
        private boolean delivered;
        private long waitedNanos;
        private long heldSince;

        private Claim() {
        }

        /**
         * Takes a permit before a send, unless this claim holds one already (the later parts of a long
         * answer, an apology after a failed send); waits while every permit is held.
         *
         * @throws InterruptedException when the bot stops meanwhile; the claim then holds nothing
         */
        void beforeSend() throws InterruptedException {
            if (held) {
                return;
            }
            long asked = nanoTime.getAsLong();
            permits.acquire();
            held = true;
            heldSince = nanoTime.getAsLong();
            waitedNanos += heldSince - asked;
        }

        /** Notes that one of the answer's messages went through. */
        void delivered() {
            delivered = true;
        }

        /** Whether any of the answer's messages went through: from then on it is on its way until recorded. */
        boolean anyDelivered() {
            return delivered;
        }

        boolean held() {
            return held;
        }

        /** How long the claim waited for its permit (in all, when it gave it back during a retry); 0 when it has none. */
        long waitedNanos() {
            return held ? waitedNanos : 0;
        }

        /** How long the claim has held its permit so far: the answer's time unrecorded; 0 when it has none. */
        long heldNanos() {
            return held ? nanoTime.getAsLong() - heldSince : 0;
        }

        /** Gives the permit back, if this claim holds one. */
        @Override
        public void close() {
            if (held) {
                held = false;
                permits.release();
            }
        }
    }
}
