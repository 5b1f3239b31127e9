package org.faqbot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Scheduled reminders. {@link #claimDue} is atomic across instances sharing one database, so each
 * reminder is sent by exactly one of them. Thread-safe.
 */
public interface ReminderStore {

    /** Stores a new reminder (its id is ignored) with status SCHEDULED; returns it with its id. */
    Reminder schedule(Reminder reminder);

    /** The user's reminders that are still to be sent, soonest first. */
    List<Reminder> pending(String userId);

    /**
     * Cancels one of the user's scheduled reminders by deleting it (no trace of it is kept); false when there
     * was no such reminder.
     */
    boolean cancel(String userId, long id);

    /**
     * Claims up to {@code limit} reminders due at or before {@code now}, soonest first, and marks them
     * CLAIMED so no other caller gets them. A claim older than {@code lease} counts as abandoned (its
     * instance died before sending) and may be claimed again.
     */
    List<Reminder> claimDue(Instant now, Duration lease, int limit);

    /**
     * Deletes a claimed reminder that went out or was given up: once done, a reminder is personal data with no
     * further use, and keeping it would leave rows that {@code /mydata} does not show but {@code /forget} counts.
     */
    void finish(long id);

    /**
     * Deletes all the user's reminders, with the messages of those already handed to the outbox (a reminder is
     * deleted from here once queued, and /forget must stop it all the same); returns how many there were, a
     * queued reminder counted per message (a reminder is short and queued as one).
     */
    int deleteUser(String userId);
}
