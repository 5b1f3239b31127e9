package org.faqbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.faqbot.store.Reminder;
import org.faqbot.store.ReminderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due reminders, each exactly once: a reminder is claimed atomically in the store before it is
 * sent, so several instances sharing one database never send the same one. A reminder that fell due
 * while the bot was down is still sent when it comes back if it is at most {@link #MAX_LATENESS}
 * late; later than that it is dropped, because "your benefits expire in 7 days" two days late is wrong.
 */
public final class ReminderSender {

    /** How late a reminder may still be sent. */
    public static final Duration MAX_LATENESS = Duration.ofDays(1);
    /** A claim older than this is taken to belong to an instance that died before sending. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSender.class);

    private final ReminderStore store;
    private final Reminders reminders;
    private final MessageSender sender;
    private final Clock clock;

    ReminderSender(ReminderStore store, Reminders reminders, MessageSender sender, Clock clock) {
        this.store = store;
        this.reminders = reminders;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many reminders were sent. Never throws. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Reminder> due = SafeStores.read("reminders", () -> store.claimDue(now, LEASE, BATCH), List.of());
        int sent = 0;
        for (Reminder reminder : due) {
            sent += deliver(reminder, now) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(Reminder reminder, Instant now) {
        if (reminder.dueAt().plus(MAX_LATENESS).isBefore(now)) {
            SafeStores.write("reminders", () -> store.finish(reminder.id()));
            LOG.info("dropped reminder {}: due {}, now {}", reminder.id(), reminder.dueAt(), now);
            return false;
        }
        try {
            boolean delivered = sender.send(reminder, reminders.message(reminder, LocalDate.ofInstant(now, clock.getZone())));
            SafeStores.write("reminders", () -> store.finish(reminder.id()));
            return delivered;
        } catch (RuntimeException e) {
            // Left CLAIMED: once the lease runs out another attempt (here or on another instance) sends it.
            LOG.warn("reminder {} not sent, will retry after the lease: {}", reminder.id(), e.toString());
            return false;
        }
    }
}
