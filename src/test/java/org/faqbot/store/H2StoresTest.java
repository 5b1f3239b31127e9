package org.faqbot.store;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The store contracts against an H2 file database in a temporary data folder, emptied before each test. */
class H2StoresTest {

    @TempDir
    static Path dataDir;
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString())), Fixtures.CLOCK);
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
