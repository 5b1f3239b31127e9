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
     * Marks a claimed reminder SENT or DROPPED.
     *
     * @throws IllegalArgumentException for any other status
     */
    void finish(long id, Reminder.Status status, Instant at);

    /** Deletes all the user's reminders; returns how many there were. */
    int deleteUser(String userId);

    /** Deletes sent and dropped reminders that were due before {@code cutoff}; returns how many went. */
    int purgeFinishedBefore(Instant cutoff);
}
