package org.faqbot.store;

import static org.faqbot.store.Fixtures.minutes;
import static org.faqbot.store.Fixtures.reminder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two bot instances, each with its own pool, sharing one PostgreSQL database. */
class PostgresTwoInstancesTest {

    private Database first;
    private Database second;

    @BeforeEach
    void open() {
        StoreSettings settings = TestPostgres.freshDatabase();
        first = Database.open(settings, Fixtures.CLOCK);
        second = Database.open(settings, Fixtures.CLOCK);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void twoInstancesClaimingFromSeveralThreadsClaimEachReminderExactlyOnce() throws Exception {
        int count = 300;
        for (int i = 0; i < count; i++) {
            first.stores().reminders().schedule(reminder("u" + (i % 17), minutes(-i)));
        }
        ReminderStore a = first.stores().reminders();
        ReminderStore b = second.stores().reminders();

        List<Long> claimed = ReminderStoreContract.claimConcurrently(List.of(a, a, a, b, b, b));

        assertEquals(count, claimed.size());
        assertEquals(count, claimed.stream().distinct().count());
    }

    @Test
    void twoInstancesReceivingOneUpdateAtOnceTreatItAsNewExactlyOnce() throws Exception {
        UpdateJournal a = first.stores().updates();
        UpdateJournal b = second.stores().updates();

        List<Boolean> results = UpdateJournalContract.receiveConcurrently(
                List.of(a, b, a, b, a, b), UpdateJournalContract.update(42));

        assertEquals(1, results.stream().filter(r -> r).count());
    }

    @Test
    void theSecondInstanceFindsTheSchemaCurrentAndMigratesNothing() throws IOException {
        long migrations;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.count();
        }

        assertEquals(migrations, first.migrationsApplied());
        assertEquals(0, second.migrationsApplied());
    }
}
