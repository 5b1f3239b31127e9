package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.faqbot.store.Fixtures.reminder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.faqbot.store.Reminder.Status;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderStore} does; run per backend by the {@code *StoresTest} classes. */
abstract class ReminderStoreContract {

    private static final Duration LEASE = Duration.ofMinutes(10);

    protected abstract Stores stores();

    private ReminderStore store() {
        return stores().reminders();
    }

    @Test
    void scheduleGivesEachReminderItsOwnIdAndScheduledStatus() {
        Reminder a = store().schedule(reminder("u1", minutes(5)).withStatus(Status.CLAIMED));
        Reminder b = store().schedule(reminder("u1", minutes(6)));

        assertNotEquals(a.id(), b.id());
        assertEquals(reminder("u1", minutes(5)).withId(a.id()), a);
    }

    @Test
    void pendingListsTheUsersScheduledRemindersSoonestFirst() {
        Reminder later = store().schedule(reminder("u1", minutes(60)));
        Reminder sooner = store().schedule(reminder("u1", minutes(30)));
        store().schedule(reminder("u2", minutes(10)));

        assertEquals(List.of(sooner, later), store().pending("u1"));
    }

    @Test
    void cancelledReminderIsNeitherPendingNorClaimed() {
        Reminder r = store().schedule(reminder("u1", minutes(-1)));

        boolean cancelled = store().cancel("u1", r.id());

        assertTrue(cancelled);
        assertEquals(List.of(), store().pending("u1"));
        assertEquals(List.of(), store().claimDue(T0, LEASE, 10));
    }

    @Test
    void cancelledReminderIsDeletedNotKept() {
        Reminder r = store().schedule(reminder("u1", minutes(5)));

        store().cancel("u1", r.id());

        assertEquals(0, store().deleteUser("u1"));
        assertFalse(store().cancel("u1", r.id()));
    }

    @Test
    void cancellingAnotherUsersReminderIsRefused() {
        Reminder r = store().schedule(reminder("u1", minutes(5)));

        assertFalse(store().cancel("u2", r.id()));
        assertFalse(store().cancel("u1", r.id() + 1000));
        assertEquals(List.of(r), store().pending("u1"));
    }

    @Test
    void claimDueTakesDueRemindersSoonestFirstUpToTheLimit() {
        Reminder second = store().schedule(reminder("u1", minutes(-5)));
        Reminder first = store().schedule(reminder("u2", minutes(-10)));
        store().schedule(reminder("u3", minutes(-1)));
        store().schedule(reminder("u4", minutes(1)));

        List<Reminder> claimed = store().claimDue(T0, LEASE, 2);

        assertEquals(List.of(first.withStatus(Status.CLAIMED), second.withStatus(Status.CLAIMED)), claimed);
    }

    @Test
    void reminderDueExactlyNowIsClaimed() {
        Reminder r = store().schedule(reminder("u1", T0));

        assertEquals(List.of(r.withStatus(Status.CLAIMED)), store().claimDue(T0, LEASE, 10));
    }

    @Test
    void claimedReminderIsNotClaimedAgainWithinItsLease() {
        store().schedule(reminder("u1", minutes(-1)));
        store().claimDue(T0, LEASE, 10);

        List<Reminder> again = store().claimDue(T0.plus(LEASE).minusSeconds(1), LEASE, 10);

        assertEquals(List.of(), again);
    }

    @Test
    void abandonedClaimIsReclaimedOnceItsLeaseIsOver() {
        Reminder r = store().schedule(reminder("u1", minutes(-1)));
        store().claimDue(T0, LEASE, 10);

        List<Reminder> again = store().claimDue(T0.plus(LEASE), LEASE, 10);

        assertEquals(List.of(r.withStatus(Status.CLAIMED)), again);
    }

    @Test
    void finishedReminderIsNeverClaimedAgain() {
        Reminder sent = store().schedule(reminder("u1", minutes(-2)));
        Reminder dropped = store().schedule(reminder("u1", minutes(-1)));
        store().claimDue(T0, LEASE, 10);

        store().finish(sent.id());
        store().finish(dropped.id());

        assertEquals(List.of(), store().claimDue(T0.plus(LEASE.multipliedBy(3)), LEASE, 10));
    }

    @Test
    void aFinishedReminderIsDeletedSoForgettingCountsOnlyWhatMyDataShows() {
        Reminder done = store().schedule(reminder("u1", minutes(-2)));
        Reminder waiting = store().schedule(reminder("u1", minutes(60)));
        store().claimDue(T0, LEASE, 10);

        store().finish(done.id());

        assertEquals(List.of(waiting), store().pending("u1"));
        assertEquals(1, store().deleteUser("u1"));
    }

    @Test
    void deleteUserRemovesAllTheirRemindersAndCountsThem() {
        store().schedule(reminder("u1", minutes(5)));
        Reminder claimed = store().schedule(reminder("u1", minutes(-5)));
        store().claimDue(T0, LEASE, 10);
        Reminder other = store().schedule(reminder("u2", minutes(5)));

        int deleted = store().deleteUser("u1");

        assertEquals(2, deleted);
        assertEquals(List.of(), store().pending("u1"));
        assertFalse(store().cancel("u1", claimed.id()));
        assertEquals(List.of(other), store().pending("u2"));
    }

    @Test
    void concurrentClaimersNeverGetTheSameReminder() throws Exception {
        int count = 60;
        for (int i = 0; i < count; i++) {
            store().schedule(reminder("u" + i, minutes(-i)));
        }

        List<Long> claimed = claimConcurrently(List.of(store(), store(), store(), store()));

        assertEquals(count, claimed.size());
        assertEquals(count, claimed.stream().distinct().count());
    }

    /** Claims from one thread per store until nothing is due; returns every claimed id. */
    static List<Long> claimConcurrently(List<ReminderStore> stores) throws Exception {
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(stores.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (ReminderStore s : stores) {
                runs.add(pool.submit(() -> {
                    List<Reminder> batch;
                    do {
                        batch = s.claimDue(T0, LEASE, 3);
                        batch.forEach(r -> ids.add(r.id()));
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(ids);
    }
}
