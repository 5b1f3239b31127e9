package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.Lang;
import org.faqbot.store.InMemoryOutboxStore;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.Test;

/** Reminders to chats Telegram refuses: dropped, and logged a line a minute at most with their count. */
class ReminderChannelTest {

    private static final Reply REMINDER = Reply.text(Lang.EN, ReplyType.SMALLTALK, "Reminder: your key ends in 7 days");

    private final ShiftedClock clock = new ShiftedClock();
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final ReminderChannel channel = new ReminderChannel(reply -> List.of(OutgoingMessage.text(reply.text())),
            ReminderChannelTest::blocked, new Backlog(store, clock), clock);

    private static void blocked(long chatId, OptionalInt topic, OutgoingMessage message) {
        throw new TelegramCallException("sendMessage", OptionalInt.of(403), "Forbidden: bot was blocked by the user", Optional.empty());
    }

    private static long lines(String log) {
        return log.lines().filter(line -> line.contains("ReminderChannel") && line.contains("dropped")).count();
    }

    @Test
    void aReminderToABlockedChatIsDroppedNotQueued() {
        boolean sent = channel.send("tg:1", REMINDER);

        assertFalse(sent);
        assertTrue(store.chats().isEmpty(), "queued for " + store.chats());
    }

    @Test
    void remindersToBlockedChatsAreLoggedOnceAMinuteWithTheirCount() {
        try (LogCapture log = new LogCapture()) {
            for (int chat = 1; chat <= 3; chat++) {
                channel.send("tg:" + chat, REMINDER);
            }
            String first = log.text();
            clock.shift(Duration.ofMinutes(1));
            channel.send("tg:4", REMINDER);

            assertEquals(1, lines(first), first);
            assertTrue(first.contains("dropped 1 reminder(s) to chats Telegram refuses since the last line, the latest to chat 1"),
                    first);
            assertEquals(2, lines(log.text()), log.text());
            assertTrue(log.text().contains("dropped 2 reminder(s) to chats Telegram refuses since the last line, the latest"
                    + " to chat 3 ("), log.text());
        }
    }
}
