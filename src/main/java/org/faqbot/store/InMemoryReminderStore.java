package org.faqbot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reminders in memory: for the console and tests, and lost on exit. */
public final class InMemoryReminderStore implements ReminderStore {

    private final Map<Long, Reminder> reminders = new HashMap<>();
    private final Map<Long, Instant> claimedAt = new HashMap<>();
    private long nextId = 1;
    /** The outbox this store's reminders are handed to, when they share a {@link Stores}. */
    private volatile Optional<InMemoryOutboxStore> outbox = Optional.empty();

    /** Lets {@link #deleteUser} remove the user's reminders that {@code queue} holds already. */
    void handsOverTo(InMemoryOutboxStore queue) {
        outbox = Optional.of(queue);
    }

    @Override
    public synchronized Reminder schedule(Reminder reminder) {
        Reminder stored = reminder.withId(nextId++).withStatus(Reminder.Status.SCHEDULED);
        reminders.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized List<Reminder> pending(String userId) {
        return reminders.values().stream()
                .filter(r -> r.userId().equals(userId) && r.status() == Reminder.Status.SCHEDULED)
                .sorted(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::id))
                .toList();
    }

    @Override
    public synchronized boolean cancel(String userId, long id) {
        Reminder reminder = reminders.get(id);
        if (reminder == null || !reminder.userId().equals(userId) || reminder.status() != Reminder.Status.SCHEDULED) {
            return false;
        }
        reminders.remove(id);
        return true;
    }

    @Override
    public synchronized List<Reminder> claimDue(Instant now, Duration lease, int limit) {
        List<Reminder> due = reminders.values().stream()
                .filter(r -> !r.dueAt().isAfter(now) && claimable(r, now, lease))
                .sorted(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::id))
                .limit(limit)
                .map(r -> r.withStatus(Reminder.Status.CLAIMED))
                .toList();
        for (Reminder r : due) {
            reminders.put(r.id(), r);
            claimedAt.put(r.id(), now);
        }
        return due;
    }

    private boolean claimable(Reminder r, Instant now, Duration lease) {
        return r.status() == Reminder.Status.SCHEDULED
                || (r.status() == Reminder.Status.CLAIMED && !claimedAt.get(r.id()).plus(lease).isAfter(now));
    }

    @Override
    public synchronized void finish(long id) {
        remove(id);
    }

    /** Deletes the reminder; false when it was gone already. */
    synchronized boolean remove(long id) {
        claimedAt.remove(id);
        return reminders.remove(id) != null;
    }

    /**
     * {@inheritDoc} The outbox is emptied after this store's lock is let go, since the outbox calls this store
     * under its own lock when it takes a reminder over; a reminder it took over meanwhile is in it by then.
     */
    @Override
    public int deleteUser(String userId) {
        int deleted;
        synchronized (this) {
            List<Long> ids = reminders.values().stream().filter(r -> r.userId().equals(userId)).map(Reminder::id).toList();
            ids.forEach(this::remove);
            deleted = ids.size();
        }
        return deleted + outbox.map(o -> o.removeReminders(userId)).orElse(0);
    }
}
