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
 * @param nextTryAt     not tried again before this
 * @param reminderDueAt for a reminder's message, when the reminder was due: its lateness counts from there,
 *                      so that a reminder first refused a day after it was due is not kept for another day
 */
public record QueuedMessage(long id, long chatId, OptionalInt threadId, String message, Instant firstTriedAt,
        int attempts, Instant nextTryAt, Optional<Instant> reminderDueAt) {

    public QueuedMessage {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(firstTriedAt, "firstTriedAt");
        Objects.requireNonNull(nextTryAt, "nextTryAt");
        Objects.requireNonNull(reminderDueAt, "reminderDueAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
        }
    }

    /** An answer's message to queue now: not tried by the outbox yet, due at once. */
    public static QueuedMessage of(long chatId, OptionalInt threadId, String message, Instant firstTriedAt) {
        return new QueuedMessage(0, chatId, threadId, message, firstTriedAt, 0, firstTriedAt, Optional.empty());
    }

    /** A message of the reminder due at {@code dueAt}, to queue now (reminders go to no forum topic). */
    public static QueuedMessage ofReminder(long chatId, String message, Instant firstTriedAt, Instant dueAt) {
        return new QueuedMessage(0, chatId, OptionalInt.empty(), message, firstTriedAt, 0, firstTriedAt, Optional.of(dueAt));
    }

    QueuedMessage withId(long newId) {
        return new QueuedMessage(newId, chatId, threadId, message, firstTriedAt, attempts, nextTryAt, reminderDueAt);
    }

    QueuedMessage retried(int newAttempts, Instant newNextTryAt) {
        return new QueuedMessage(id, chatId, threadId, message, firstTriedAt, newAttempts, newNextTryAt, reminderDueAt);
    }
}
