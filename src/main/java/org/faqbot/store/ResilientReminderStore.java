package org.faqbot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A {@link ReminderStore} that degrades: nothing pending or due while the database is away, and
 * {@link #finish} queued so a sent reminder is not sent again once its lease runs out. Scheduling,
 * cancelling and deleting are promises to the user, so they throw {@link StoreUnavailableException}.
 */
final class ResilientReminderStore implements ReminderStore {

    private final ReminderStore store;
    private final Degrader degrader;

    ResilientReminderStore(ReminderStore store, Degrader degrader) {
        this.store = store;
        this.degrader = degrader;
    }

    @Override
    public Reminder schedule(Reminder reminder) {
        return degrader.required(() -> store.schedule(reminder));
    }

    @Override
    public List<Reminder> pending(String userId) {
        return degrader.read(() -> store.pending(userId), List.of());
    }

    @Override
    public boolean cancel(String userId, long id) {
        return degrader.required(() -> store.cancel(userId, id));
    }

    @Override
    public List<Reminder> claimDue(Instant now, Duration lease, int limit) {
        return degrader.read(() -> store.claimDue(now, lease, limit), List.of());
    }

    @Override
    public void finish(long id) {
        degrader.write("finish reminder " + id, () -> store.finish(id));
    }

    @Override
    public int deleteUser(String userId) {
        return degrader.required(() -> store.deleteUser(userId));
    }
}
