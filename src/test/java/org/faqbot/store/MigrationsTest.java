package org.faqbot.store;

import static org.faqbot.store.Fixtures.LEAP_DAY;
import static org.faqbot.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void remindersKeptAsSentOrDroppedByOlderVersionsAreDeletedAndScheduledOnesKept() throws Exception {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL("jdbc:h2:mem:reminders-v4;DB_CLOSE_DELAY=-1");
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("3").load().migrate();
        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
            for (String status : List.of("SENT", "DROPPED", "SCHEDULED")) {
                s.executeUpdate("INSERT INTO reminder (user_id, chat_id, lang, intent, event_date, days_before, due_at, status)"
                        + " VALUES ('u1', 'tg:1', 'en', 'key_valid_until', DATE '2027-03-01', 30, TIMESTAMP WITH TIME ZONE"
                        + " '2027-01-30 09:00:00+00', '" + status + "')");
            }
        }

        Migrations.migrate(source, "test");

        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet left = s.executeQuery("SELECT status FROM reminder")) {
            assertTrue(left.next());
            assertEquals("SCHEDULED", left.getString(1));
            assertFalse(left.next());
        }
    }

    @Test
    void outboxRowsQueuedByOlderVersionsAreKeptAndAgedAsAnswers() throws Exception {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL("jdbc:h2:mem:outbox-v5;DB_CLOSE_DELAY=-1");
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("4").load().migrate();
        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO telegram_outbox (chat_id, message_json, first_tried_at, attempts, next_try_at)"
                    + " VALUES (51, '{}', TIMESTAMP WITH TIME ZONE '2027-01-30 09:00:00+00', 0,"
                    + " TIMESTAMP WITH TIME ZONE '2027-01-30 09:00:00+00')");
        }

        Migrations.migrate(source, "test");

        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet left = s.executeQuery("SELECT chat_id, reminder_due_at, unexpected_failures FROM telegram_outbox")) {
            assertTrue(left.next());
            assertEquals(51, left.getLong(1));
            assertEquals(null, left.getObject(2), "no due time: its age counts from its first try, as before");
            assertEquals(0, left.getInt(3), "no unexpected failure counted yet");
            assertFalse(left.next());
        }
    }

    @Test
    void conversationStoredByAnOlderVersionReadsWithNothingRecent() throws Exception {
        StoreSettings settings = StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString()));
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(settings.jdbcUrl());
        source.setUser(settings.user());
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("6").load().migrate();
        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO conversation_state (conversation_id, lang_choice, pending_json, updated_at)"
                    + " VALUES ('tg:31', 'nl', NULL, TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00')");
        }

        try (Database database = Database.open(settings, Fixtures.CLOCK)) {
            ConversationState state = database.stores().conversations().find("tg:31").orElseThrow();

            assertEquals(RecentTurns.NONE, state.recent());
            assertEquals(java.util.Optional.of(org.faqbot.kb.Lang.NL), state.langChoice());
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
