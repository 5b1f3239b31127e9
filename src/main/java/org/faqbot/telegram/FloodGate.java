package org.faqbot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Per-chat flood protection over a sliding minute: a chat may send {@code limitPerMinute} messages;
 * the next one gets one polite "slow down", and later ones are dropped until enough of its answered
 * messages are older than a minute. Other chats are never affected. Thread-safe.
 */
final class FloodGate {

    /** What to do with one message. */
    enum Verdict {
        /** Answer it. */
        ANSWER,
        /** Do not answer it; tell the chat once to slow down. */
        WARN,
        /** Do not answer it; the chat was told already. */
        DROP
    }

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int limitPerMinute;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    /**
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; tests move their own)
     */
    FloodGate(int limitPerMinute, LongSupplier nanoClock) {
        if (limitPerMinute < 1) {
            throw new IllegalArgumentException("limitPerMinute must be at least 1, got " + limitPerMinute);
        }
        this.limitPerMinute = limitPerMinute;
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    /** Counts one message from {@code chat} now and says what to do with it. */
    Verdict check(String chat) {
        long now = nanoClock.getAsLong();
        sweepNowAndThen(now);
        Verdict[] verdict = new Verdict[1];
        // compute() makes the check and the count one atomic step per chat, and cannot race the sweep.
        windows.compute(chat, (k, window) -> {
            Window w = window == null ? new Window() : window;
            verdict[0] = w.admit(now, limitPerMinute);
            return w;
        });
        return verdict[0];
    }

    /** Forgets chats quiet for a minute, at most once a minute, so the map does not grow forever. */
    private void sweepNowAndThen(long now) {
        long last = lastSweep.get();
        if (now - last < WINDOW_NANOS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (String chat : windows.keySet()) {
            windows.computeIfPresent(chat, (k, w) -> {
                w.forgetBefore(now - WINDOW_NANOS);
                return w.answered.isEmpty() ? null : w;
            });
        }
    }

    int trackedChats() {
        return windows.size();
    }

    /** One chat's answered messages of the last minute; only touched inside {@code compute}. */
    private static final class Window {
        final Deque<Long> answered = new ArrayDeque<>();
        boolean warned;

        Verdict admit(long now, int limit) {
            forgetBefore(now - WINDOW_NANOS);
            if (answered.size() < limit) {
                answered.addLast(now);
                warned = false;
                return Verdict.ANSWER;
            }
            if (warned) {
                return Verdict.DROP;
            }
            warned = true;
            return Verdict.WARN;
        }

        void forgetBefore(long cutoff) {
            while (!answered.isEmpty() && answered.peekFirst() - cutoff <= 0) {
                answered.removeFirst();
            }
        }
    }
}
