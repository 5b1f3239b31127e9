package org.faqbot.store;

import static org.faqbot.store.Fixtures.LEAP_DAY;
import static org.faqbot.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations run on every start; a second run must change nothing and lose nothing. */
class MigrationsTest {

    @TempDir
    Path dataDir;

    @Test
    void reopeningAnH2DatabaseRunsNoMigrationAndKeepsTheData() {
        assertReopenIsANoOp(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString())));
    }

    @Test
    void reopeningAPostgresDatabaseRunsNoMigrationAndKeepsTheData() {
        assertReopenIsANoOp(TestPostgres.freshDatabase());
    }

    @Test
    void migratingAnUpToDateSchemaAgainAppliesNothing() {
        try (Database database = Database.open(TestPostgres.freshDatabase(), Fixtures.CLOCK)) {
            int again = Migrations.migrate(database.dataSource(), "test");

            assertEquals(0, again);
        }
    }

    private static void assertReopenIsANoOp(StoreSettings settings) {
        ProfileFact fact = new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0);
        try (Database database = Database.open(settings, Fixtures.CLOCK)) {
            database.stores().profiles().save(fact);
        }

        try (Database reopened = Database.open(settings, Fixtures.CLOCK)) {
            assertEquals(0, reopened.migrationsApplied());
            assertEquals(List.of(fact), reopened.stores().profiles().facts("u1"));
        }
    }
}
