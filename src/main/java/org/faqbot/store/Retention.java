package org.faqbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what the bot no longer needs: question-log records after the retention period
 * ({@code FAQBOT_RETENTION_DAYS}), and answered Telegram updates after {@link #JOURNAL_DAYS} days (a reminder
 * is deleted as soon as it is done, see {@link ReminderStore#finish}). Works on any {@link Stores}; call {@link #run} periodically.
 */
public final class Retention {

    /**
     * Days an answered update stays in the journal: long enough to look into a bad answer from the
     * logs, short because it holds the user's message; the high-water mark outlives it.
     */
    public static final int JOURNAL_DAYS = 3;

    private final Stores stores;
    private final Duration keep;
    private final Clock clock;

    public Retention(Stores stores, int retentionDays, Clock clock) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1, was " + retentionDays);
        }
        this.stores = stores;
        this.keep = Duration.ofDays(retentionDays);
        this.clock = clock;
    }

    /** How many records one run deleted, per kind. */
    public record Result(int questionLogRecords, int journalUpdates) {
    }

    public Result run() {
        Instant now = clock.instant();
        return new Result(
                stores.questions().deleteOlderThan(now.minus(keep)),
                stores.updates().purgeAnsweredBefore(now.minus(Duration.ofDays(JOURNAL_DAYS))));
    }
}
