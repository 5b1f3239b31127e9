package org.faqbot.dialog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The last few errors of a running bot (a failed reload, a failed job, a Bot API error), newest first,
 * for the maintainers' dashboard. The log has the details; this keeps what a maintainer should notice.
 * Thread-safe; holds at most {@link #CAPACITY} entries, so it never grows.
 */
public final class RecentErrors {

    /** How many errors are kept; older ones are dropped. */
    public static final int CAPACITY = 20;
    /** Longer messages are cut, so one huge exception text cannot fill the page. */
    static final int MAX_MESSAGE_CHARS = 500;

    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public RecentErrors(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One error.
     *
     * @param at      when it was recorded
     * @param source  what failed, e.g. {@code reload} or {@code telegram}
     * @param message what went wrong, at most {@link #MAX_MESSAGE_CHARS} characters
     */
    public record Entry(Instant at, String source, String message) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(message, "message");
        }
    }

    public synchronized void record(String source, String message) {
        String cut = message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) + "…" : message;
        entries.addFirst(new Entry(clock.instant(), source, cut));
        while (entries.size() > CAPACITY) {
            entries.removeLast();
        }
    }

    /** The errors kept, newest first. */
    public synchronized List<Entry> newestFirst() {
        return List.copyOf(entries);
    }
}
