package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.Test;

/** What the degrading stores log: never the database's own message, which can quote what users wrote. */
class DegraderTest {

    private static final String SECRET = "my landlord Kim Jansen";

    private final TestClock clock = new TestClock(T0);
    private final Degrader degrader = new Degrader(clock);

    @Test
    void anOutageIsLoggedByClassSqlStateAndOperationWithoutTheDatabasesMessage() {
        SQLException broken = new SQLNonTransientConnectionException(
                "Connection is broken: \"session closed\"; SQL statement:\nINSERT INTO facts VALUES ('" + SECRET + "')",
                "90067", 90067);

        try (LogCapture log = new LogCapture()) {
            degrader.write("save profile fact note", () -> {
                throw StoreException.from("save profile fact note", broken);
            });

            assertFalse(log.text().contains(SECRET), "the statement's values are logged");
            assertTrue(log.text().contains("StoreUnavailableException in 'save profile fact note' "
                    + "(java.sql.SQLNonTransientConnectionException, SQLState 90067, error code 90067)"), log.text());
        }
    }

    @Test
    void aReplayedWriteThatFailsForAnotherReasonIsLoggedWithoutH2sMessage() {
        SQLException duplicate = H2Failures.duplicateKey(SECRET);
        assertTrue(duplicate.getMessage().contains(SECRET), "H2 quotes the values: " + duplicate.getMessage());
        goDown();

        try (LogCapture log = new LogCapture()) {
            degrader.write("save profile fact note", () -> {
                throw StoreException.from("save profile fact note", duplicate);
            });
            degrader.probe(() -> true);

            assertFalse(log.text().contains(SECRET), "the row's values are logged");
            assertTrue(log.text().contains("Dropping queued write 'save profile fact note', it failed for another reason"
                    + " than an outage: StoreException in 'save profile fact note' (org.h2.jdbc."), log.text());
            assertTrue(log.text().contains("SQLState 23505, error code 23505"), log.text());
        }
    }

    @Test
    void writesDroppedByTheFullQueueAreLoggedOnceAMinuteWithTheirCount() {
        goDown();
        fillQueue();

        try (LogCapture log = new LogCapture()) {
            for (int chat = 1; chat <= 3; chat++) {
                queueForChat(chat);
            }
            String first = log.text();
            clock.advance(Duration.ofSeconds(59));
            queueForChat(4);
            String withinTheMinute = log.text();
            clock.advance(Duration.ofSeconds(1));
            queueForChat(5);

            assertEquals(1, lines(first), first);
            assertTrue(first.contains("dropped 1 of the oldest since the last line, the latest 'filler 0'"), first);
            assertEquals(1, lines(withinTheMinute), withinTheMinute);
            assertEquals(2, lines(log.text()), log.text());
            assertTrue(log.text().contains("dropped 4 of the oldest since the last line, the latest 'filler 4'"
                    + " (5 dropped since the start)"), log.text());
        }
    }

    @Test
    void dropsNotLoggedYetAreLoggedWhenTheDatabaseIsBack() {
        goDown();
        for (int i = 0; i < Degrader.QUEUE_CAPACITY; i++) {
            degrader.write("filler " + i, () -> { });
        }
        degrader.write("queue a Telegram message for chat 1", () -> { });

        try (LogCapture log = new LogCapture()) {
            degrader.write("queue a Telegram message for chat 2", () -> { });
            degrader.probe(() -> true);

            assertTrue(log.text().contains("dropped 1 of the oldest since the last line, the latest 'filler 1'"
                    + " (2 dropped since the start)"), log.text());
        }
    }

    private void goDown() {
        degrader.probe(() -> false);
    }

    /** Fills the queue with writes that meet the outage whenever they are tried, so that it stays full. */
    private void fillQueue() {
        for (int i = 0; i < Degrader.QUEUE_CAPACITY; i++) {
            degrader.write("filler " + i, DegraderTest::away);
        }
    }

    private void queueForChat(long chatId) {
        degrader.write("queue a Telegram message for chat " + chatId, DegraderTest::away);
    }

    private static void away() {
        throw new StoreUnavailableException("database unavailable, test", null);
    }

    private static long lines(String log) {
        return log.lines().filter(line -> line.contains("Database away and")).count();
    }
}
