package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.faqbot.store.InMemoryOutboxStore;
import org.faqbot.store.QueuedMessage;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.Test;

/** Answers and reminders too late to send, dropped with a log line a minute per kind at most. */
class OutboxExpiryTest {

    private static final Duration MAX_AGE = Duration.ofHours(24);
    private static final String ANSWERS = "queued Telegram message(s) first tried before";
    private static final String REMINDERS = "queued reminder message(s) due before";

    private final ShiftedClock clock = new ShiftedClock();
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final OutboxExpiry expiry = new OutboxExpiry(store, MAX_AGE, clock);

    private void queueAnswers(long firstChat, int chats) {
        Instant dayAndMinuteAgo = clock.instant().minus(MAX_AGE).minusSeconds(60);
        for (long chat = firstChat; chat < firstChat + chats; chat++) {
            store.add(QueuedMessage.of(chat, OptionalInt.empty(), "{\"html\":\"a private answer\"}", dayAndMinuteAgo));
        }
    }

    private void queueLateReminder(long chat) {
        Instant twoDaysAgo = clock.instant().minus(Duration.ofDays(2));
        store.add(new QueuedMessage(0, chat, OptionalInt.empty(), "{\"html\":\"a reminder\"}", twoDaysAgo, 0, 0, twoDaysAgo,
                Optional.of(new QueuedMessage.Origin("tg:" + chat, "key-valid-until", twoDaysAgo))));
    }

    private static long lines(LogCapture log, String kind) {
        return log.text().lines().filter(line -> line.contains(kind)).count();
    }

    @Test
    void answersExpiringRoundAfterRoundAreLoggedOnceAMinuteWithTheirCount() {
        try (LogCapture log = new LogCapture()) {
            queueAnswers(1, 2);
            expiry.run();
            for (int round = 0; round < 5; round++) {
                queueAnswers(10 + round * 3, 3);
                expiry.run();
            }
            long withinTheMinute = lines(log, ANSWERS);
            clock.shift(Duration.ofMinutes(1));
            expiry.run();

            assertEquals(1, withinTheMinute, log.text());
            assertEquals(2, lines(log, ANSWERS), log.text());
            assertTrue(log.text().contains("dropped 2 " + ANSWERS), log.text());
            assertTrue(log.text().contains("dropped 15 " + ANSWERS), log.text());
            assertEquals(Set.of(), store.chats());
        }
    }

    @Test
    void lateRemindersHaveLinesOfTheirOwn() {
        try (LogCapture log = new LogCapture()) {
            queueAnswers(1, 1);
            queueLateReminder(2);
            expiry.run();
            queueLateReminder(3);
            queueLateReminder(4);
            expiry.run();
            clock.shift(Duration.ofMinutes(1));
            expiry.run();

            assertEquals(1, lines(log, ANSWERS), log.text());
            assertEquals(2, lines(log, REMINDERS), log.text());
            assertTrue(log.text().contains("dropped 2 " + REMINDERS), log.text());
        }
    }
}
