package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** /remind without a name, with a name the bot does not know, and for a date only the conversation keeps. */
class RemindCommandTest {

    private final TestClock clock = TestClock.at("2021-11-02");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    private static List<String> payloads(Reply reply) {
        return reply.choices().stream().map(Choice::payload).toList();
    }

    @Test
    void bareRemindOffersTheRememberedDates() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);

        Reply reply = say("/remind", Lang.EN);

        assertEquals(List.of("/remind benefit_expiry"), payloads(reply));
        assertEquals("31 January 2022: your benefit expiry date", reply.choices().get(0).label());
        assertFalse(reply.text().contains("don't have that date"), reply.text());
    }

    @Test
    void bareRemindOffersTheDateTheConversationKeeps() {
        say("mijn voordelen verlopen op 31 januari 2022", Lang.NL);

        Reply reply = say("/remind", Lang.NL);

        assertEquals(List.of("/remind benefit_expiry"), payloads(reply));
        assertFalse(reply.text().contains("heb ik nog niet"), reply.text());
    }

    @Test
    void remindingOfTheConversationsDateRemembersItAndSchedules() {
        say("mijn voordelen verlopen op 31 januari 2022", Lang.NL);

        Reply reply = say("/remind benefit_expiry", Lang.NL);

        assertEquals(List.of(new ProfileFact("tg:u1", "benefit_expiry", java.time.LocalDate.of(2022, 1, 31), clock.instant())),
                stores.profiles().facts("tg:u1"));
        assertEquals(3, stores.reminders().pending("tg:u1").size());
        assertTrue(reply.text().contains("de vervaldatum van je voordelen: 31 januari 2022"), reply.text());
    }

    @Test
    void unknownNameIsCalledUnknownAndTheKnownNamesAreListed() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);

        Reply reply = say("/remind foo", Lang.EN);

        assertTrue(reply.text().contains("\"foo\""), reply.text());
        assertTrue(reply.text().contains("benefit_expiry") && reply.text().contains("key_redeemed_on"), reply.text());
        assertFalse(reply.text().contains("don't have that date"), reply.text());
        assertEquals(List.of("/remind benefit_expiry"), payloads(reply));
    }

    @Test
    void bareRemindWithoutAnyDateSaysHowToGiveOne() {
        Reply reply = say("/remind", Lang.EN);

        assertTrue(reply.text().startsWith("I don't have a date to remind you of yet."), reply.text());
        assertEquals(List.of(), reply.choices());
    }
}
