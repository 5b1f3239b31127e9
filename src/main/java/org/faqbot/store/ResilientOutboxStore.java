package org.faqbot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An {@link OutboxStore} that degrades: nothing is due and nothing can be claimed while the database is
 * away, and writes (a new message, a sent one's removal, a later try) are queued and replayed in order,
 * so that a message sent meanwhile is not sent again once the database is back. {@link #chats} throws
 * instead of answering empty: the sender keeps the chats it knows of, so that a new answer still goes
 * behind a chat's queued ones.
 */
final class ResilientOutboxStore implements OutboxStore {

    /** Told apart from every real answer by identity. */
    private static final Set<Long> UNKNOWN = new HashSet<>();

    private final OutboxStore store;
    private final Degrader degrader;

    ResilientOutboxStore(OutboxStore store, Degrader degrader) {
        this.store = store;
        this.degrader = degrader;
    }

    @Override
    public void add(QueuedMessage message) {
        degrader.write("queue a Telegram message for chat " + message.chatId(), () -> store.add(message));
    }

    /** {@inheritDoc} While the database is away the step waits in the write queue, mark and all. */
    @Override
    public void addAnswer(long updateId, Instant answeredAt, List<QueuedMessage> messages) {
        degrader.write("queue the Telegram answer to update " + updateId + chat(messages),
                () -> store.addAnswer(updateId, answeredAt, messages));
    }

    /**
     * {@inheritDoc} While the database is away the step waits in the write queue, behind the chat's earlier
     * messages, and true is answered: the reminder stays claimed in the database until the step is replayed,
     * so that a stop before then leaves it to be sent once its claim runs out, not lost.
     */
    @Override
    public boolean addReminder(long reminderId, List<QueuedMessage> messages) {
        boolean[] queued = {true};
        degrader.write("queue the Telegram messages of reminder " + reminderId + chat(messages),
                () -> queued[0] = store.addReminder(reminderId, messages));
        return queued[0];
    }

    /** " for chat N", naming the write in the log when the queue drops it; never the messages' text. */
    private static String chat(List<QueuedMessage> messages) {
        return messages.isEmpty() ? "" : " for chat " + messages.get(0).chatId();
    }

    /** {@inheritDoc} @throws StoreUnavailableException while the database is away */
    @Override
    public Set<Long> chats() {
        Set<Long> chats = degrader.read(store::chats, UNKNOWN);
        if (chats == UNKNOWN) {
            throw new StoreUnavailableException("database unavailable, the queued Telegram messages are unknown", null);
        }
        return chats;
    }

    @Override
    public List<QueuedMessage> dueHeads(Instant now, Duration lease, int limit) {
        return degrader.read(() -> store.dueHeads(now, lease, limit), List.of());
    }

    @Override
    public boolean claim(long id, Instant now, Duration lease) {
        return degrader.read(() -> store.claim(id, now, lease), false);
    }

    @Override
    public void remove(long id) {
        degrader.write("remove queued Telegram message " + id, () -> store.remove(id));
    }

    @Override
    public void retryLater(long id, int attempts, Instant nextTryAt) {
        degrader.write("put off queued Telegram message " + id, () -> store.retryLater(id, attempts, nextTryAt));
    }

    @Override
    public void retryAfterUnexpectedFailure(long id, int attempts, Instant nextTryAt) {
        degrader.write("put off queued Telegram message " + id + " after an unexpected failure",
                () -> store.retryAfterUnexpectedFailure(id, attempts, nextTryAt));
    }

    @Override
    public int removeChat(long chatId) {
        // While the database is away nothing is removed: the next try meets the same refusal and removes them then.
        return degrader.read(() -> store.removeChat(chatId), 0);
    }

    /** {@inheritDoc} @throws StoreUnavailableException while the database is away: forgetting must not pretend */
    @Override
    public int removeReminders(String userId, Set<String> intents) {
        return degrader.required(() -> store.removeReminders(userId, intents));
    }

    @Override
    public List<QueuedMessage.Origin> queuedReminders(String userId) {
        return degrader.read(() -> store.queuedReminders(userId), List.of());
    }

    @Override
    public int removeAnswersFirstTriedBefore(Instant cutoff) {
        return degrader.read(() -> store.removeAnswersFirstTriedBefore(cutoff), 0);
    }

    @Override
    public int removeRemindersDueBefore(Instant cutoff) {
        return degrader.read(() -> store.removeRemindersDueBefore(cutoff), 0);
    }
}
