package org.faqbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.faqbot.dialog.ReminderSender;
import org.faqbot.store.DropLog;
import org.faqbot.store.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops from the outbox what is too late to be worth sending: an answer's message first tried longer than
 * {@code maxAge} ago, and a reminder's once the reminder is more than {@link ReminderSender#MAX_LATENESS} past
 * its due time. Each kind is logged a line a minute at most, with the count since its last line and never a
 * text: in a long outage with many chats, messages expire round after round, and a line each flooded the log.
 */
final class OutboxExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxExpiry.class);

    private final OutboxStore store;
    private final Duration maxAge;
    private final Clock clock;
    private final DropLog answers;
    private final DropLog reminders;

    OutboxExpiry(OutboxStore store, Duration maxAge, Clock clock) {
        this.store = store;
        this.maxAge = maxAge;
        this.clock = clock;
        this.answers = new DropLog(clock, DropLog.EVERY_MINUTE, (count, cutoff) -> LOG.warn(
                "dropped {} queued Telegram message(s) first tried before {}: older than {} h, no longer worth sending",
                count, cutoff, maxAge.toHours()));
        this.reminders = new DropLog(clock, DropLog.EVERY_MINUTE, (count, cutoff) -> LOG.warn(
                "dropped {} queued reminder message(s) due before {}: more than {} h late, no longer worth sending",
                count, cutoff, ReminderSender.MAX_LATENESS.toHours()));
    }

    /** Drops what is too late now; logs what was dropped when a line is due. */
    void run() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(maxAge);
        answers.dropped(store.removeAnswersFirstTriedBefore(cutoff), cutoff.toString());
        Instant dueCutoff = now.minus(ReminderSender.MAX_LATENESS);
        reminders.dropped(store.removeRemindersDueBefore(dueCutoff), dueCutoff.toString());
    }
}
