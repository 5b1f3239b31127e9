package org.faqbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.faqbot.store.DropLog;
import org.faqbot.store.Reminder;
import org.faqbot.store.ReminderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due reminders, each exactly once: a reminder is claimed atomically in the store before it is
 * sent, so several instances sharing one database never send the same one. A reminder that fell due
 * while the bot was down is still sent when it comes back if it is at most {@link #MAX_LATENESS}
 * late; later than that it is dropped, because "your benefits expire in 7 days" two days late is wrong.
 * Dropped ones are logged a line a minute at most with their count ({@link #lateDrops}): after a long stop
 * every reminder of the time away is dropped at once, and a line each flooded the log.
 */
public final class ReminderSender {

    /** How late a reminder may still be sent. */
    public static final Duration MAX_LATENESS = Duration.ofDays(1);
    /** A claim older than this is taken to belong to an instance that died before sending. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /**
     * How much of the claim a send may need: a Bot API call gives up after 70 s (10 s to connect, 30 s each to
     * write and read). A reminder whose claim has less left is not sent by this round.
     */
    static final Duration LONGEST_SEND = Duration.ofMinutes(2);
    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSender.class);

    private final ReminderStore store;
    private final Reminders reminders;
    private final MessageSender sender;
    private final Clock clock;
    private final DropLog late;

    /** @param late where dropped reminders are counted: {@link #lateDrops}, one for all the senders the bot makes */
    ReminderSender(ReminderStore store, Reminders reminders, MessageSender sender, Clock clock, DropLog late) {
        this.store = store;
        this.reminders = reminders;
        this.sender = sender;
        this.clock = clock;
        this.late = late;
    }

    /**
     * The log of reminders dropped for being too late. One outlives the senders: the bot makes a sender each
     * round, and a log of its own each would write a line each round.
     */
    static DropLog lateDrops(Clock clock) {
        return new DropLog(clock, DropLog.EVERY_MINUTE, (count, latest) -> LOG.info(
                "dropped {} reminder(s) more than {} h late since the last line, the latest {}",
                count, MAX_LATENESS.toHours(), latest));
    }

    /**
     * Sends what is due now; returns how many reminders were sent. Never throws. The batch is claimed at once
     * and sent one by one, so when Telegram is slow (each send up to its timeout) the last ones' claim could run
     * out before their turn, another instance claim and send them, and this one send them again: the round
     * stops while a send still fits in the claim, and leaves the rest to be claimed again once it has run out.
     */
    public int sendDue() {
        Instant now = clock.instant();
        late.flushIfDue();
        List<Reminder> due = SafeStores.read("reminders", () -> store.claimDue(now, LEASE, BATCH), List.of());
        Instant sendBefore = now.plus(LEASE).minus(LONGEST_SEND);
        int sent = 0;
        for (int i = 0; i < due.size(); i++) {
            if (!clock.instant().isBefore(sendBefore)) {
                LOG.warn("{} claimed reminder(s) left for a later round: the sends before them took too long", due.size() - i);
                break;
            }
            sent += deliver(due.get(i), clock.instant()) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(Reminder reminder, Instant now) {
        if (reminder.dueAt().plus(MAX_LATENESS).isBefore(now)) {
            SafeStores.write("reminders", () -> store.finish(reminder.id()));
            late.dropped(1, "reminder " + reminder.id() + ": due " + reminder.dueAt() + ", now " + now);
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
