package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link UpdateJournal} does; run per backend by the {@code *StoresTest} classes. */
abstract class UpdateJournalContract {

    protected abstract Stores stores();

    private UpdateJournal journal() {
        return stores().updates();
    }

    static JournaledUpdate update(long id) {
        return new JournaledUpdate(id, "{\"update_id\":" + id + ",\"message\":{\"text\":\"Wat kost het?\"}}", minutes(id));
    }

    @Test
    void anUpdateIsNewOnlyTheFirstTimeItIsReceived() {
        boolean first = journal().receive(update(100));
        boolean again = journal().receive(update(100));

        assertTrue(first);
        assertFalse(again);
    }

    @Test
    void unansweredUpdatesComeBackOldestFirstUntilAnswered() {
        journal().receive(update(100));
        journal().receive(update(101));
        journal().receive(update(102));

        journal().markAnswered(101, minutes(200));

        assertEquals(List.of(update(100), update(102)), journal().unanswered());
    }

    @Test
    void lastUpdateIdIsEmptyBeforeTheFirstUpdate() {
        assertEquals(OptionalLong.empty(), journal().lastUpdateId());
    }

    @Test
    void anIdBelowTheHighestReceivedCountsAsSeen() {
        journal().receive(update(105));

        assertFalse(journal().receive(update(104)));
        assertEquals(OptionalLong.of(105), journal().lastUpdateId());
    }

    @Test
    void purgeDeletesAnsweredUpdatesReceivedBeforeTheCutoffOnly() {
        journal().receive(update(1));
        journal().receive(update(2));
        journal().receive(update(3));
        journal().markAnswered(1, minutes(10));
        journal().markAnswered(3, minutes(10));

        int purged = journal().purgeAnsweredBefore(minutes(2));

        assertEquals(1, purged);
        assertEquals(List.of(update(2)), journal().unanswered());
    }

    @Test
    void purgedUpdatesStillCountAsSeenThroughTheHighWaterMark() {
        journal().receive(update(7));
        journal().receive(update(8));
        journal().markAnswered(7, minutes(9));
        journal().markAnswered(8, minutes(9));
        journal().purgeAnsweredBefore(minutes(100));

        boolean redelivered = journal().receive(update(8));

        assertFalse(redelivered);
        assertEquals(OptionalLong.of(8), journal().lastUpdateId());
        assertTrue(journal().receive(update(9)));
    }

    @Test
    void concurrentReceiptsOfOneUpdateAreNewExactlyOnce() throws Exception {
        List<Boolean> results = receiveConcurrently(List.of(journal(), journal(), journal(), journal()), update(500));

        assertEquals(1, results.stream().filter(b -> b).count());
        assertEquals(List.of(update(500)), journal().unanswered());
    }

    /** Receives the same update from one thread per journal, all at once. */
    static List<Boolean> receiveConcurrently(List<UpdateJournal> journals, JournaledUpdate update) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(journals.size());
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            journals.forEach(j -> calls.add(() -> j.receive(update)));
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(calls, 30, TimeUnit.SECONDS)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
