package org.faqbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The log line of one kind of thing dropped (expired outbox answers, late reminders, writes the full queue
 * let go), written at most once per interval: the first drop is logged at once, later ones are counted, and
 * the first drop or {@link #flushIfDue} after the interval logs how many there were since the last line.
 * A line per drop flooded the log in an outage with many chats, burying everything else. Thread-safe.
 */
public final class DropLog {

    /** The interval the bot uses: a line a minute per kind at most. */
    public static final Duration EVERY_MINUTE = Duration.ofMinutes(1);

    /** Writes the line: how many were dropped since the last one, and what the latest drop was. */
    @FunctionalInterface
    public interface Line {
        /** @param latest names the latest drop (a kind, a chat, a cutoff); never a message's text */
        void write(long dropped, String latest);
    }

    private final Clock clock;
    private final Duration interval;
    private final Line line;
    private long pending;
    private String latest = "";
    private Instant lastLine;

    public DropLog(Clock clock, Duration interval, Line line) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the interval must not be negative, got " + interval);
        }
        this.clock = clock;
        this.interval = interval;
        this.line = line;
    }

    /**
     * Counts {@code count} more dropped, the latest described by {@code what}, and logs what was counted when a
     * line is due; with a count of 0 (a look that found nothing to drop) only the latter.
     */
    public synchronized void dropped(long count, String what) {
        if (count > 0) {
            pending += count;
            latest = what;
        }
        flushIfDue();
    }

    /** Logs what was counted since the last line, if anything, once the interval since that line has passed. */
    public synchronized void flushIfDue() {
        Instant now = clock.instant();
        if (lastLine == null || !now.isBefore(lastLine.plus(interval))) {
            flush();
        }
    }

    /** Logs what was counted since the last line, if anything, now: when what dropped them is over. */
    public synchronized void flush() {
        if (pending == 0) {
            return;
        }
        line.write(pending, latest);
        pending = 0;
        lastLine = clock.instant();
    }
}
