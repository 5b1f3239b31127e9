package org.faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerMarksTest {

    private static final Instant RECEIVED = Instant.parse("2021-06-15T10:00:00Z");

    @Test
    void marksFromManyThreadsAreAllCommitted(@TempDir Path dir) throws Exception {
        try (Database database = open(dir)) {
            UpdateJournal journal = database.stores().updates();
            for (long id = 1; id <= 40; id++) {
                journal.receive(new JournaledUpdate(id, "{}", RECEIVED));
            }
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<?>> marks = new ArrayList<>();

            for (long id = 1; id <= 40; id++) {
                long updateId = id;
                marks.add(threads.submit(() -> journal.markAnswered(updateId, RECEIVED.plusSeconds(1))));
            }
            for (Future<?> mark : marks) {
                mark.get();
            }
            threads.shutdown();

            assertEquals(List.of(), journal.unanswered());
        }
    }

    @Test
    void markAfterCloseFailsInsteadOfWaiting(@TempDir Path dir) {
        Database database = open(dir);
        UpdateJournal journal = database.stores().updates();
        journal.receive(new JournaledUpdate(7, "{}", RECEIVED));

        database.close();

        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(StoreException.class, () -> journal.markAnswered(7, RECEIVED)));
    }

    private static Database open(Path dir) {
        return Database.open(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dir.toString())), Fixtures.CLOCK);
    }
}
