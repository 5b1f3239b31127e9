package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.faqbot.dialog.Choice;
import org.faqbot.store.Database;
import org.faqbot.store.InMemoryOutboxStore;
import org.faqbot.store.OutboxStore;
import org.faqbot.store.QueuedMessage;
import org.faqbot.store.StoreSettings;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox sender against a scripted send: what it does with a message that fails with no Telegram error
 * (a bug, a message the client library will not build), also across a restart, and with one Telegram keeps
 * refusing for a while.
 */
class OutboxSenderTest {

    private static final long CHAT = 7;
    private static final OutgoingMessage BROKEN = new OutgoingMessage("<b>Your key</b> runs until <i>1 June</i> &amp; more",
            List.of(List.of(new Choice("Thanks", "fb:1"))));
    private static final OutgoingMessage NEXT = OutgoingMessage.text("the chat's next answer");

    private final ShiftedClock clock = new ShiftedClock();
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final List<OutgoingMessage> tried = new ArrayList<>();
    private final List<OutgoingMessage> sent = new ArrayList<>();

    private OutboxSender sender(OutboxSender.Send send) {
        return sender(store, send);
    }

    private OutboxSender sender(OutboxStore outbox, OutboxSender.Send send) {
        OutboxSender.Send recording = (chatId, topic, message) -> {
            tried.add(message);
            send.once(chatId, topic, message);
            sent.add(message);
        };
        return new OutboxSender(outbox, new Backlog(outbox, clock), recording,
                new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(100), 2), Duration.ofHours(24), clock);
    }

    private long queue(OutgoingMessage message) {
        store.add(QueuedMessage.of(CHAT, OptionalInt.empty(), OutgoingMessageJson.write(message), clock.instant()));
        return store.dueHeads(Instant.MAX, Duration.ZERO, 100).stream().mapToLong(QueuedMessage::id).max().orElseThrow();
    }

    /** Runs {@code rounds} rounds, a minute apart: every put-off message is due again at the next. */
    private static void rounds(OutboxSender sender, ShiftedClock clock, int rounds) {
        for (int i = 0; i < rounds; i++) {
            sender.run();
            clock.shift(Duration.ofMinutes(1));
        }
    }

    @Test
    void aMessageThatKeepsFailingUnexpectedlyIsSentAsPlainTextWithoutButtons() {
        OutboxSender sender = sender((chatId, topic, message) -> {
            if (!message.buttons().isEmpty()) {
                throw new IllegalStateException("cannot build the keyboard");
            }
        });
        queue(BROKEN);
        queue(NEXT);

        rounds(sender, clock, 5);

        assertEquals(List.of(OutgoingMessage.text("Your key runs until 1 June &amp; more"), NEXT), sent);
        assertEquals(UnexpectedFailures.BEFORE_PLAIN + 2, tried.size(), "three failures, then the plain text, then the next");
        assertEquals(Set.of(), store.chats());
    }

    @Test
    void aMessageThatFailsAsPlainTextTooIsDroppedWithALogLineSoTheChatsNextMessageGoesOut() {
        OutboxSender sender = sender((chatId, topic, message) -> {
            if (message.html().contains("Your key")) {
                throw new IllegalStateException("a bug that quotes " + message.html());
            }
        });
        long id = queue(BROKEN);
        queue(NEXT);

        try (LogCapture log = new LogCapture()) {
            rounds(sender, clock, 5);

            assertEquals(List.of(NEXT), sent);
            assertEquals(UnexpectedFailures.BEFORE_PLAIN + 2, tried.size(), "three failures, the plain text's, then the next");
            assertTrue(log.text().contains("queued answer message " + id + " for chat " + CHAT + " dropped: it failed"
                    + " unexpectedly 3 times, and as plain text too (java.lang.IllegalStateException at "), log.text());
            assertFalse(log.text().contains("Your key"), "message text in the log");
        }
    }

    @Test
    void aRestartGoesOnCountingTheUnexpectedFailuresKeptWithTheMessage(@TempDir Path dataDir) {
        OutboxSender.Send failingWithButtons = (chatId, topic, message) -> {
            if (!message.buttons().isEmpty()) {
                throw new IllegalStateException("cannot build the keyboard");
            }
        };
        StoreSettings settings = StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString()));
        try (Database before = Database.open(settings, clock)) {
            before.stores().outbox().add(QueuedMessage.of(CHAT, OptionalInt.empty(), OutgoingMessageJson.write(BROKEN),
                    clock.instant()));
            rounds(sender(before.stores().outbox(), failingWithButtons), clock, 2);
        }

        try (Database after = Database.open(settings, clock)) {
            rounds(sender(after.stores().outbox(), failingWithButtons), clock, 2);

            assertEquals(List.of(OutgoingMessage.text("Your key runs until 1 June &amp; more")), sent);
            assertEquals(UnexpectedFailures.BEFORE_PLAIN + 1, tried.size(), "two failures, the restart, one more, the plain text");
            assertEquals(Set.of(), after.stores().outbox().chats());
        }
    }

    @Test
    void aReminderGivenUpIsLoggedAsAReminder() {
        OutboxSender sender = sender((chatId, topic, message) -> {
            throw new IllegalStateException("a bug");
        });
        store.add(new QueuedMessage(0, CHAT, OptionalInt.empty(), OutgoingMessageJson.write(BROKEN), clock.instant(), 0,
                0, clock.instant(), Optional.of(new QueuedMessage.Origin("tg:7", "key-valid-until", clock.instant()))));

        try (LogCapture log = new LogCapture()) {
            rounds(sender, clock, 4);

            assertTrue(log.text().contains("queued reminder message "), log.text());
            assertEquals(Set.of(), store.chats());
        }
    }

    @Test
    void telegramsOwnFailuresAreTriedAgainAsTheyWereNotAsPlainText() {
        int[] failures = {0};
        OutboxSender sender = sender((chatId, topic, message) -> {
            if (failures[0]++ < 5) {
                throw new TelegramCallException("sendMessage", OptionalInt.of(502), "Bad Gateway", Optional.empty());
            }
        });
        queue(BROKEN);

        rounds(sender, clock, 6);

        assertEquals(List.of(BROKEN), sent);
        assertEquals(6, tried.size());
    }

    @Test
    void anUnexpectedFailureAmongTelegramsOwnCountsOnItsOwn() {
        int[] calls = {0};
        OutboxSender sender = sender((chatId, topic, message) -> {
            int call = calls[0]++;
            if (call < 3) {
                throw new TelegramCallException("sendMessage", OptionalInt.of(502), "Bad Gateway", Optional.empty());
            }
            if (call == 3) {
                throw new IllegalStateException("once");
            }
        });
        queue(BROKEN);

        rounds(sender, clock, 5);

        assertEquals(List.of(BROKEN), sent, "sent with its markup and buttons after one unexpected failure");
    }
}
