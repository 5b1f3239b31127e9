package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.faqbot.kb.Lang;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * Reminders dropped for being too late are logged a line a minute at most: after a long stop every reminder of
 * the time away is dropped at once. The bot makes a sender each round, as {@code serve} does here.
 */
class LateReminderLogTest {

    private final TestClock clock = TestClock.at("2021-11-02");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);
    private final MessageSender sender = (chat, reply) -> true;

    private void scheduleTwoDaysLate(int reminders) {
        for (int i = 0; i < reminders; i++) {
            stores.reminders().schedule(new Reminder(0, "tg:u" + i, "tg:" + i, Lang.EN, "redeem_deadline",
                    LocalDate.of(2021, 12, 1), 30, clock.instant().minus(Duration.ofDays(2)), Reminder.Status.SCHEDULED));
        }
    }

    private static long lines(String log) {
        return log.lines().filter(line -> line.contains("ReminderSender") && line.contains("dropped")).count();
    }

    @Test
    void theFirstDropIsLoggedAtOnceAndTheRestOfTheMinuteWithTheirCount() {
        scheduleTwoDaysLate(5);

        try (LogCapture log = new LogCapture()) {
            bot.reminderSender(sender).sendDue();
            String firstRound = log.text();
            clock.advance(Duration.ofSeconds(30));
            bot.reminderSender(sender).sendDue();
            String withinTheMinute = log.text();
            clock.advance(Duration.ofSeconds(30));
            bot.reminderSender(sender).sendDue();

            assertEquals(1, lines(firstRound), firstRound);
            assertTrue(firstRound.contains("dropped 1 reminder(s) more than 24 h late since the last line"), firstRound);
            assertEquals(1, lines(withinTheMinute), withinTheMinute);
            assertEquals(2, lines(log.text()), log.text());
            assertTrue(log.text().contains("dropped 4 reminder(s) more than 24 h late since the last line, the latest reminder "),
                    log.text());
        }
    }
}
