package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.H2Failures;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * What the core logs of a store failure: its class, operation, SQLState and error code, never the database's
 * message, which quotes the statement's values, what users wrote.
 */
class StoreFailureLogTest {

    private static final String SECRET = "my landlord Kim Jansen";
    private static final String SQL_STATE = "SQLState 23505, error code 23505";

    private final TestClock clock = TestClock.at("2021-11-02");

    @Test
    void aFailedReadIsLoggedWithoutTheValuesTheDatabaseQuotes() {
        try (LogCapture log = new LogCapture()) {
            String read = SafeStores.read("profile", () -> {
                throw H2Failures.duplicateKey("read profile tg:u1", SECRET);
            }, "fallback");

            assertEquals("fallback", read);
            assertFalse(log.text().contains(SECRET), log.text());
            assertTrue(log.text().contains("store unavailable while reading profile"), log.text());
            assertTrue(log.text().contains(SQL_STATE), log.text());
        }
    }

    @Test
    void aFailedWriteIsLoggedWithoutTheValuesTheDatabaseQuotes() {
        try (LogCapture log = new LogCapture()) {
            boolean written = SafeStores.write("profile", () -> {
                throw H2Failures.duplicateKey("save profile fact note", SECRET);
            });

            assertFalse(written);
            assertFalse(log.text().contains(SECRET), log.text());
            assertTrue(log.text().contains("could not save profile fact note"), log.text());
        }
    }

    @Test
    void aReminderTheChannelCouldNotQueueIsLoggedWithoutTheValuesTheDatabaseQuotes() {
        Stores stores = Stores.inMemory();
        stores.reminders().schedule(new Reminder(0, "tg:u1", "tg:1", Lang.EN, "redeem_deadline", LocalDate.of(2021, 12, 1), 30,
                clock.instant().minus(Duration.ofMinutes(5)), Reminder.Status.SCHEDULED));
        MessageSender outboxAway = (chat, reply) -> {
            throw H2Failures.duplicateKey("queue reminder for chat 1", SECRET);
        };

        try (LogCapture log = new LogCapture()) {
            int sent = TestAssistants.standard(clock, stores).reminderSender(outboxAway).sendDue();

            assertEquals(0, sent);
            assertFalse(log.text().contains(SECRET), log.text());
            assertTrue(log.text().contains("not sent, will retry after the lease"), log.text());
            assertTrue(log.text().contains(SQL_STATE), log.text());
        }
    }

    private static Reply say(FaqAssistant bot, String text) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(Lang.EN), Optional.empty()));
    }

    /** Not the exception with its stack trace either: the cause's "Caused by:" line prints the database's message. */
    @Test
    void aStoreFailureThatEndsTheTurnIsLoggedWithoutTheValuesTheDatabaseQuotes() {
        Stores inMemory = Stores.inMemory();
        Stores failing = new Stores(inMemory.conversations(), inMemory.profiles(), inMemory.questions(),
                inMemory.reminders(), inMemory.updates(), inMemory.outbox(), () -> {
                    throw H2Failures.duplicateKey("check the database", SECRET);
                });
        FaqAssistant bot = TestAssistants.standard(clock, failing);
        say(bot, "remember that our benefits expire on 30 November 2022");

        try (LogCapture log = new LogCapture()) {
            say(bot, "how many days do I have left?");

            assertTrue(log.text().contains("failed to handle a message of conversation tg:1"), log.text());
            assertFalse(log.text().contains(SECRET), log.text());
            assertTrue(log.text().contains(SQL_STATE), log.text());
        }
    }
}
