package org.faqbot.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.faqbot.store.OutboxStore;
import org.faqbot.store.QueuedMessage;
import org.faqbot.store.Reminder;

/**
 * The chats with messages in the outbox, known in memory so that every answer and reminder can ask, without a
 * database round trip, whether it must go behind queued ones. Thread-safe.
 *
 * <p>A chat is added before its message is stored and removed only once the store holds none of its
 * messages, both under one lock, so an answer that finds its chat missing has nothing queued to
 * overtake. Chats that another instance queued for (several instances on one PostgreSQL) are learnt
 * at the next {@link #refresh}.
 */
final class Backlog {

    private final OutboxStore store;
    private final Clock clock;
    private final Set<Long> chats = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();

    Backlog(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether the chat has queued messages, which a new one must go behind. */
    boolean holds(long chatId) {
        return chats.contains(chatId);
    }

    boolean isEmpty() {
        return chats.isEmpty();
    }

    Instant now() {
        return clock.instant();
    }

    /** Queues {@code message} behind the chat's earlier ones. */
    void queue(long chatId, OptionalInt topic, OutgoingMessage message, Instant firstTriedAt) {
        QueuedMessage queued = QueuedMessage.of(chatId, topic, OutgoingMessageJson.write(message), firstTriedAt);
        queue(chatId, () -> {
            store.add(queued);
            return true;
        });
    }

    /**
     * Queues the messages of the answer to update {@code updateId} behind the chat's earlier ones and marks the
     * update answered, in one step ({@link OutboxStore#addAnswer}).
     */
    void queueAnswer(long chatId, OptionalInt topic, long updateId, List<OutgoingMessage> messages, Instant firstTriedAt) {
        List<QueuedMessage> queued = messages.stream()
                .map(m -> QueuedMessage.of(chatId, topic, OutgoingMessageJson.write(m), firstTriedAt))
                .toList();
        queue(chatId, () -> {
            store.addAnswer(updateId, now(), queued);
            return true;
        });
    }

    /**
     * Queues a claimed reminder's messages behind the chat's earlier ones and finishes the reminder, in one
     * step ({@link OutboxStore#addReminder}); false, queuing nothing, when the reminder was finished already.
     */
    boolean queueReminder(long chatId, Reminder reminder, List<OutgoingMessage> messages, Instant firstTriedAt) {
        List<QueuedMessage> queued = messages.stream()
                .map(m -> QueuedMessage.ofReminder(chatId, OutgoingMessageJson.write(m), firstTriedAt, reminder))
                .toList();
        return queue(chatId, () -> store.addReminder(reminder.id(), queued));
    }

    private boolean queue(long chatId, BooleanSupplier add) {
        synchronized (lock) {
            boolean added = chats.add(chatId);
            boolean queued = false;
            try {
                queued = add.getAsBoolean();
                return queued;
            } finally {
                if (added && !queued) {
                    chats.remove(chatId);
                }
            }
        }
    }

    /**
     * Reads which chats the store holds messages for.
     *
     * @throws org.faqbot.store.StoreException when the database is away; the chats known stay
     */
    void refresh() {
        synchronized (lock) {
            Set<Long> queued = store.chats();
            chats.removeIf(chat -> !queued.contains(chat));
            chats.addAll(queued);
        }
    }
}
