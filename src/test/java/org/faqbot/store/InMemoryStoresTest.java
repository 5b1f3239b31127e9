package org.faqbot.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The store contracts against the in-memory stores. */
class InMemoryStoresTest {

    private Stores stores;

    @BeforeEach
    void newStores() {
        stores = Stores.inMemory();
    }

    @Nested
    class Conversations extends ConversationStoreContract {
        @Override
        protected Stores stores() {
            return stores;
        }
    }

    @Nested
    class Profiles extends ProfileStoreContract {
        @Override
        protected Stores stores() {
            return stores;
        }
    }

    @Nested
    class Questions extends QuestionLogContract {
        @Override
        protected Stores stores() {
            return stores;
        }
    }

    @Nested
    class Reminders extends ReminderStoreContract {
        @Override
        protected Stores stores() {
            return stores;
        }
    }

    @Nested
    class Updates extends UpdateJournalContract {
        @Override
        protected Stores stores() {
            return stores;
        }
    }

    @Nested
    class Outbox extends OutboxStoreContract {
        @Override
        protected Stores stores() {
            return stores;
        }
    }
}
