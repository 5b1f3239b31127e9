package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * Reminders asked for in words beyond a bare "remind me": a reminder's reply, never an FAQ entry or a fallback. Worded
 * here, not taken from the evaluation cases.
 */
class WordedReminderTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    private List<LocalDate> reminderDays() {
        return stores.reminders().pending("tg:u1").stream().map(Reminder::eventDate).distinct().toList();
    }

    @Test
    void aThingsDateTheConversationKeepsIsRememberedAndItsRemindersSet() {
        say("we redeemed our product key on 12 February 2026, how long does it work?", Lang.EN);

        Reply reply = say("could you remind us 30 days before the product key expires", Lang.EN);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(List.of("key_redeemed_on"), stores.profiles().facts("tg:u1").stream().map(ProfileFact::fact).toList());
        assertEquals(List.of(LocalDate.of(2027, 2, 12)), reminderDays(), reply.text());
        assertTrue(reply.text().contains("12 February 2026"), reply.text());
    }

    @Test
    void aDutchRequestForTheKeepsDateIsRememberedAndSet() {
        say("ik heb de key op 12 februari 2026 ingewisseld, hoe lang werkt hij?", Lang.NL);

        Reply reply = say("herinner me 30 dagen voordat de key verloopt", Lang.NL);

        assertEquals(Lang.NL, reply.lang());
        assertEquals(List.of(LocalDate.of(2027, 2, 12)), reminderDays(), reply.text());
    }

    @Test
    void aThingWithoutItsDateSaysWhatIsNeededAndTheCommand() {
        Reply reply = say("please remind me 30 days before the product key expires", Lang.EN);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().contains("/remember") && reply.text().contains("/remind key_redeemed_on"), reply.text());
        assertEquals(List.of(), reminderDays());
    }

    @Test
    void aDateOfTheUsersInTheRequestIsRememberedAndItsRemindersSet() {
        Reply reply = say("stuur me een herinnering voordat onze voordelen op 20 maart 2027 verlopen", Lang.NL);

        assertEquals(List.of(LocalDate.of(2027, 3, 20)), reminderDays(), reply.text());
        assertTrue(reply.choices().stream().noneMatch(c -> c.payload().startsWith("/remind")), reply.text());
    }

    @Test
    void aDayOfTheUsersChoosingIsSaidToHaveNoReminderOfItsOwn() {
        say("remember that our benefits expire on 20 March 2027", Lang.EN);

        Reply en = say("remind me the day after tomorrow to check the renewal", Lang.EN);
        Reply nl = say("stuur me volgende week dinsdag een herinnering", Lang.NL);

        assertTrue(en.text().startsWith("I can't send a reminder on a day of your choice"), en.text());
        assertTrue(en.text().contains("8 December 2026"), en.text());
        assertEquals(List.of("/remind benefit_expiry"), en.choices().stream().map(Choice::payload).toList(), en.text());
        assertTrue(nl.text().startsWith("Een herinnering op een dag naar keuze"), nl.text());
        assertEquals(List.of(), reminderDays());
    }

    @Test
    void aPastDayIsSaidToBePast() {
        Reply en = say("remind me on 2 December 2026", Lang.EN);
        Reply nl = say("herinner me eergisteren", Lang.NL);

        assertTrue(en.text().startsWith("That day (2 December 2026) has already passed"), en.text());
        assertTrue(nl.text().startsWith("Die dag (eergisteren, 4 december 2026) is al voorbij"), nl.text());
    }

    @Test
    void aDayThatCannotBeGetsTheDatesExplanation() {
        Reply en = say("remind me on 30-02-2027", Lang.EN);
        Reply nl = say("herinner me op 31-04-2027", Lang.NL);

        assertEquals(ReplyType.CLARIFY, en.type());
        assertTrue(en.text().contains("\"30-02-2027\" is not a date that exists"), en.text());
        assertTrue(nl.text().contains("31-04-2027"), nl.text());
        assertEquals(Lang.NL, nl.lang());
    }

    @Test
    void aQuestionAfterTheVerbStaysAQuestion() {
        Reply en = say("remind me how the renewal works", Lang.EN);
        Reply nl = say("herinner me eraan hoe ik de voordelen verleng", Lang.NL);

        assertTrue(en.type() != ReplyType.SMALLTALK, en.text());
        assertTrue(nl.type() != ReplyType.SMALLTALK, nl.text());
    }

    @Test
    void readsRequestsAndLeavesQuestions() {
        assertEquals(Optional.of(new ReminderRequest.Asked(Lang.EN, "in three weeks")), ReminderRequest.read("Can you remind me in three weeks?"));
        assertEquals(Optional.of(new ReminderRequest.Asked(Lang.NL, "een week voor 1 maart")),
                ReminderRequest.read("Kun je me een week voor 1 maart herinneren?"));
        assertEquals(Optional.empty(), ReminderRequest.read("remind me what the grace period is"));
        assertEquals(Optional.empty(), ReminderRequest.read("remind me when the renewal window opens?"));
        assertTrue(ReminderRequest.read("remind me when the renewal window opens").isPresent());
    }

    @Test
    void aRequestOnItsOwnHasNoOneToRemind() {
        Reply reply = bot.reply(IncomingMessage.standalone("ask:1", "remind me in a month", Optional.of(Lang.EN), Optional.empty()));

        assertTrue(reply.text().startsWith("A question sent on its own"), reply.text());
    }
}
