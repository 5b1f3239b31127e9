package org.faqbot.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Telegram message that could not be sent when it was due, waiting in the {@link OutboxStore} for
 * another try.
 *
 * @param id            the outbox's id, growing in the order messages were queued; 0 before it is stored
 * @param chatId        Telegram's chat id
 * @param threadId      the forum topic ({@code message_thread_id}) the message goes to, if any
 * @param message       the rendered message (text and buttons) as JSON whose shape the Telegram adapter owns
 * @param firstTriedAt  when the message was first tried; an answer's age, after which it is dropped, counts from here
 * @param attempts      how often the outbox has tried it so far (0 when just queued)
 * @param unexpectedFailures how many of those tries failed with no Telegram error (a bug, a message the client
 *                      library will not build): counted with the message, so that a restart goes on counting
 * @param nextTryAt     not tried again before this
 * @param reminder      for a reminder's message, whose reminder it was; empty for an answer's
 */
public record QueuedMessage(long id, long chatId, OptionalInt threadId, String message, Instant firstTriedAt,
        int attempts, int unexpectedFailures, Instant nextTryAt, Optional<Origin> reminder) {

    /**
     * The reminder a queued message comes from, which is deleted once its messages are queued.
     *
     * @param userId whose reminder it was: /forget drops the user's queued reminders with the rest of their data
     * @param intent the rule it was about, so that forgetting one date drops its reminders only; empty for rows
     *               queued before the outbox kept it
     * @param dueAt  when the reminder was due: its lateness counts from there, so that a reminder first refused
     *               a day after it was due is not kept for another day
     */
    public record Origin(String userId, String intent, Instant dueAt) {

        public Origin {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(dueAt, "dueAt");
        }

        public static Origin of(Reminder reminder) {
            return new Origin(reminder.userId(), reminder.intent(), reminder.dueAt());
        }
    }

    public QueuedMessage {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(firstTriedAt, "firstTriedAt");
        Objects.requireNonNull(nextTryAt, "nextTryAt");
        Objects.requireNonNull(reminder, "reminder");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
        }
        if (unexpectedFailures < 0) {
            throw new IllegalArgumentException("unexpected failures must not be negative, got " + unexpectedFailures);
        }
    }

    /** An answer's message to queue now: not tried by the outbox yet, due at once. */
    public static QueuedMessage of(long chatId, OptionalInt threadId, String message, Instant firstTriedAt) {
        return new QueuedMessage(0, chatId, threadId, message, firstTriedAt, 0, 0, firstTriedAt, Optional.empty());
    }

    /** A message of {@code reminder}, to queue now (reminders go to no forum topic). */
    public static QueuedMessage ofReminder(long chatId, String message, Instant firstTriedAt, Reminder reminder) {
        return new QueuedMessage(0, chatId, OptionalInt.empty(), message, firstTriedAt, 0, 0, firstTriedAt,
                Optional.of(Origin.of(reminder)));
    }

    /** For a reminder's message, when the reminder was due. */
    public Optional<Instant> reminderDueAt() {
        return reminder.map(Origin::dueAt);
    }

    /** Whether this is a message of one of {@code userId}'s reminders. */
    boolean remindsUser(String userId) {
        return reminder.filter(r -> r.userId().equals(userId)).isPresent();
    }

    QueuedMessage withId(long newId) {
        return new QueuedMessage(newId, chatId, threadId, message, firstTriedAt, attempts, unexpectedFailures, nextTryAt,
                reminder);
    }

    QueuedMessage retried(int newAttempts, Instant newNextTryAt) {
        return new QueuedMessage(id, chatId, threadId, message, firstTriedAt, newAttempts, unexpectedFailures, newNextTryAt,
                reminder);
    }

    /** This message after one more failure with no Telegram error, its try number {@code newAttempts}. */
    QueuedMessage failedUnexpectedly(int newAttempts, Instant newNextTryAt) {
        return new QueuedMessage(id, chatId, threadId, message, firstTriedAt, newAttempts, unexpectedFailures + 1,
                newNextTryAt, reminder);
    }
}
