package org.faqbot.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The store contracts against a real PostgreSQL (embedded, one database for this class), emptied before each test. */
class PostgresStoresTest {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(TestPostgres.freshDatabase(), Fixtures.CLOCK);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void clear() {
        TestDatabases.clear(database);
    }

    @Nested
    class Conversations extends ConversationStoreContract {
        @Override
        protected Stores stores() {
            return database.stores();
        }
    }

    @Nested
    class Profiles extends ProfileStoreContract {
        @Override
        protected Stores stores() {
            return database.stores();
        }
    }

    @Nested
    class Questions extends QuestionLogContract {
        @Override
        protected Stores stores() {
            return database.stores();
        }
    }

    @Nested
    class Reminders extends ReminderStoreContract {
        @Override
        protected Stores stores() {
            return database.stores();
        }
    }

    @Nested
    class Updates extends UpdateJournalContract {
        @Override
        protected Stores stores() {
            return database.stores();
        }
    }

    @Nested
    class Outbox extends OutboxAtomicityContract {
        @Override
        protected Stores stores() {
            return database.stores();
        }
    }
}
