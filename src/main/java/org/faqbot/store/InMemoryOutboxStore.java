package org.faqbot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outbox in memory: for the console, tools and tests; its messages are lost on exit. Made with the
 * in-memory reminders and journal it shares a {@link Stores} with, it finishes a reminder as it queues its
 * messages and marks an answer's update answered as it queues the answer, as the JDBC outbox does; made on its
 * own, it knows neither, and leaves finishing and marking to the caller.
 */
public final class InMemoryOutboxStore implements OutboxStore {

    private final TreeMap<Long, QueuedMessage> messages = new TreeMap<>();
    private final Map<Long, Instant> claims = new HashMap<>();
    private final Optional<InMemoryReminderStore> reminders;
    private final Optional<InMemoryUpdateJournal> journal;
    private long lastId;

    public InMemoryOutboxStore() {
        this.reminders = Optional.empty();
        this.journal = Optional.empty();
    }

    InMemoryOutboxStore(InMemoryReminderStore reminders, InMemoryUpdateJournal journal) {
        this.reminders = Optional.of(reminders);
        this.journal = Optional.of(journal);
        reminders.handsOverTo(this);
    }

    @Override
    public synchronized void add(QueuedMessage message) {
        lastId++;
        messages.put(lastId, message.withId(lastId));
    }

    /** Under this store's lock, which the journal never waits for in turn: no deadlock. */
    @Override
    public synchronized void addAnswer(long updateId, Instant answeredAt, List<QueuedMessage> queued) {
        queued.forEach(this::add);
        journal.ifPresent(j -> j.markAnswered(updateId, answeredAt));
    }

    /** Under this store's lock, which the reminders never wait for in turn: no deadlock. */
    @Override
    public synchronized boolean addReminder(long reminderId, List<QueuedMessage> queued) {
        if (reminders.isPresent() && !reminders.get().remove(reminderId)) {
            return false;
        }
        queued.forEach(this::add);
        return true;
    }

    @Override
    public synchronized Set<Long> chats() {
        Set<Long> chats = new HashSet<>();
        messages.values().forEach(m -> chats.add(m.chatId()));
        return chats;
    }

    @Override
    public synchronized List<QueuedMessage> dueHeads(Instant now, Duration lease, int limit) {
        Set<Long> seen = new HashSet<>();
        List<QueuedMessage> due = new ArrayList<>();
        for (QueuedMessage m : messages.values()) {
            if (seen.add(m.chatId()) && !m.nextTryAt().isAfter(now) && !claimed(m.id(), now, lease) && due.size() < limit) {
                due.add(m);
            }
        }
        return due;
    }

    @Override
    public synchronized boolean claim(long id, Instant now, Duration lease) {
        if (!messages.containsKey(id) || claimed(id, now, lease)) {
            return false;
        }
        claims.put(id, now);
        return true;
    }

    private boolean claimed(long id, Instant now, Duration lease) {
        Instant at = claims.get(id);
        return at != null && at.isAfter(now.minus(lease));
    }

    @Override
    public synchronized void remove(long id) {
        messages.remove(id);
        claims.remove(id);
    }

    @Override
    public synchronized void retryLater(long id, int attempts, Instant nextTryAt) {
        messages.computeIfPresent(id, (k, m) -> m.retried(attempts, nextTryAt));
        claims.remove(id);
    }

    @Override
    public synchronized void retryAfterUnexpectedFailure(long id, int attempts, Instant nextTryAt) {
        messages.computeIfPresent(id, (k, m) -> m.failedUnexpectedly(attempts, nextTryAt));
        claims.remove(id);
    }

    @Override
    public synchronized int removeChat(long chatId) {
        return removeIf(m -> m.chatId() == chatId);
    }

    @Override
    public synchronized int removeReminders(String userId, Set<String> intents) {
        return removeIf(m -> m.remindsUser(userId) && intents.contains(m.reminder().get().intent()));
    }

    /** Removes all the user's reminder messages; returns how many went. */
    synchronized int removeReminders(String userId) {
        return removeIf(m -> m.remindsUser(userId));
    }

    @Override
    public synchronized List<QueuedMessage.Origin> queuedReminders(String userId) {
        return messages.values().stream().filter(m -> m.remindsUser(userId)).map(m -> m.reminder().get()).distinct().toList();
    }

    @Override
    public synchronized int removeAnswersFirstTriedBefore(Instant cutoff) {
        return removeIf(m -> m.reminderDueAt().isEmpty() && m.firstTriedAt().isBefore(cutoff));
    }

    @Override
    public synchronized int removeRemindersDueBefore(Instant cutoff) {
        return removeIf(m -> m.reminderDueAt().filter(due -> due.isBefore(cutoff)).isPresent());
    }

    private int removeIf(java.util.function.Predicate<QueuedMessage> which) {
        List<Long> gone = messages.values().stream().filter(which).map(QueuedMessage::id).toList();
        gone.forEach(this::remove);
        return gone.size();
    }
}
