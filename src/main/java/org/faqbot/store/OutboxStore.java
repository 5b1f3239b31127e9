package org.faqbot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Telegram messages waiting for Telegram to come back: queued in order, sent one at a time per chat.
 * A sender {@link #claim claims} a chat's oldest message before it sends it, so that instances sharing
 * one database never send the same message at once; a claim older than the lease counts as abandoned
 * (its instance died while sending). Thread-safe.
 *
 * <p>A due reminder's messages are queued with {@link #addReminder}, which also finishes the reminder
 * ({@link ReminderStore#finish}) in the same transaction: queued and then finished in two steps, a crash
 * in between left the reminder both in the outbox and due again once its claim ran out, and it arrived twice.
 * An answer's messages are queued with {@link #addAnswer}, which marks its update answered in the same way.
 */
public interface OutboxStore {

    /** Queues {@code message} behind its chat's earlier ones; its id is ignored. */
    void add(QueuedMessage message);

    /**
     * Queues the messages of the answer to update {@code updateId} behind their chat's earlier ones and marks the
     * update answered in the {@link UpdateJournal} that shares this store's database (or, in memory, its
     * {@link Stores}), both or neither: queued and then marked in two steps, a crash in between replayed the
     * update after the restart and answered it a second time beside the queued answer. A store that shares no
     * journal only queues them, and the caller's own mark follows.
     */
    void addAnswer(long updateId, Instant answeredAt, List<QueuedMessage> messages);

    /**
     * Queues a claimed reminder's messages behind their chat's earlier ones and deletes the reminder, both
     * or neither. Returns false, queuing nothing, when the reminder is gone already: another try finished
     * it, or its user had the bot forget them meanwhile.
     */
    boolean addReminder(long reminderId, List<QueuedMessage> messages);

    /** The chats that have queued messages. */
    Set<Long> chats();

    /**
     * Each chat's oldest message, when it is due at {@code now} and nobody claimed it within {@code lease},
     * oldest first, at most {@code limit}. A chat whose oldest message is not due yields none: its later
     * messages wait behind it.
     */
    List<QueuedMessage> dueHeads(Instant now, Duration lease, int limit);

    /** Claims the message for sending; false when it is gone or someone else claimed it within {@code lease}. */
    boolean claim(long id, Instant now, Duration lease);

    /** Removes the message: it was sent, or is given up. */
    void remove(long id);

    /** Gives the claim up and puts the next try off until {@code nextTryAt}. */
    void retryLater(long id, int attempts, Instant nextTryAt);

    /**
     * As {@link #retryLater}, after a try that failed with no Telegram error: counts one more such failure with the
     * message ({@link QueuedMessage#unexpectedFailures}), so that a restart, or another instance, goes on counting.
     */
    void retryAfterUnexpectedFailure(long id, int attempts, Instant nextTryAt);

    /** Removes all the chat's messages; returns how many there were. */
    int removeChat(long chatId);

    /**
     * Removes the messages of {@code userId}'s reminders about the rules {@code intents}, which are deleted from the
     * reminders once queued: forgetting a date must stop its reminder on its way too. Returns how many went.
     * ({@link ReminderStore#deleteUser} removes all the user's.)
     */
    int removeReminders(String userId, Set<String> intents);

    /** The reminders of {@code userId} whose messages wait in the outbox, once each, oldest first. */
    List<QueuedMessage.Origin> queuedReminders(String userId);

    /** Removes the answers' messages first tried before {@code cutoff}; returns how many went. */
    int removeAnswersFirstTriedBefore(Instant cutoff);

    /**
     * Removes the messages of reminders due before {@code cutoff}, however recently they were first tried;
     * returns how many went.
     */
    int removeRemindersDueBefore(Instant cutoff);
}
