package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.faqbot.store.QueuedMessage;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A due reminder that Telegram did not take waits in the outbox, deleted from the reminders: /forget must drop
 * it as it drops the reminders still to come, and /mydata must list it, since it is kept until it goes out.
 */
class QueuedRemindersTest {

    private static final Instant NEXT_SUMMER = Instant.parse("2022-09-01T09:00:00Z");
    private final TestClock clock = TestClock.at("2021-06-15");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    /** Remembers two dates with their reminders, and hands the soonest reminder of each to the outbox. */
    private void rememberTwoDatesWithAReminderQueuedForEach() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("remember that I redeemed my key on 1 June 2021", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/remind key_valid_until", Lang.EN);
        Map<String, Reminder> soonest = new LinkedHashMap<>();
        stores.reminders().claimDue(NEXT_SUMMER, Duration.ofMinutes(10), 100).forEach(r -> soonest.putIfAbsent(r.intent(), r));
        soonest.values().forEach(r -> stores.outbox().addReminder(r.id(),
                List.of(QueuedMessage.ofReminder(1, "{\"html\":\"reminder\"}", NEXT_SUMMER, r))));
    }

    private Set<String> queuedIntents() {
        return Set.copyOf(stores.outbox().queuedReminders("tg:u1").stream().map(QueuedMessage.Origin::intent).toList());
    }

    @Test
    void forgettingEverythingDropsTheRemindersWaitingInTheOutbox() {
        rememberTwoDatesWithAReminderQueuedForEach();

        say("/forget confirm", Lang.EN);

        assertEquals(Set.of(), queuedIntents());
        assertEquals(Set.of(), stores.outbox().chats());
    }

    @Test
    void forgettingOneDateDropsOnlyItsReminderWaitingInTheOutbox() {
        rememberTwoDatesWithAReminderQueuedForEach();

        Reply reply = say("/forget fact benefit_expiry", Lang.EN);

        assertTrue(reply.text().startsWith("Done: I forgot your benefit expiry date (31 January 2022) and cancelled the reminders about it (1)"),
                reply.text());
        assertEquals(Set.of("key_valid_until"), queuedIntents());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "EN|- a reminder about your benefit expiry date that Telegram did not take when it was due",
        "NL|- een herinnering over de vervaldatum van je voordelen die Telegram niet aannam"})
    void myDataListsAReminderWaitingInTheOutbox(Lang lang, String line) {
        rememberTwoDatesWithAReminderQueuedForEach();

        Reply reply = say("/mydata", lang);

        assertTrue(reply.text().contains(line), reply.text());
    }
}
