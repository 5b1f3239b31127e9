package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reminders, forgetting and the language asked for in words, as the eighth test round found them: "remind me ..." with
 * one date, "forget that date", a thing's word after /forget, cancelling all reminders with the Dutch object first or
 * when there are none, "/remind me", switching the language in other words, "did you mean" said again in the other
 * language, the language after /forget, and a new date for a thing that had one.
 */
class EighthRoundCommandsTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:8", "tg:u8", text, Optional.empty(), Optional.empty()));
    }

    private Reply say(String text, Lang hint) {
        return bot.reply(new IncomingMessage("tg:8", "tg:u8", text, Optional.of(hint), Optional.empty()));
    }

    private int remembered() {
        return stores.profiles().facts("tg:u8").size();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "remember that our benefits end on 28 February 2027|please remind me a week before|I'll remind you|1",
        "onthoud dat onze voordelen op 28 februari 2027 verlopen|herinner me een week van tevoren|Ik herinner je|1",
        "remember that our benefits end on 28 February 2027|/remind me|I'll remind you|3",
        "onthoud dat onze voordelen op 28 februari 2027 verlopen|/remind mij|Ik herinner je|3"})
    void remindingWithOneRememberedDateUsesIt(String remember, String remind, String expected, int reminders) {
        say(remember);

        Reply reply = say(remind);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertFalse(reply.text().contains("\"me\"") || reply.text().contains("\"mij\""), reply.text());
        // "A week before" asks for that one reminder (twelfth round, L5); a bare /remind sets the rule's three.
        assertEquals(reminders, stores.reminders().pending("tg:u8").size());
    }

    @Test
    void remindMeWithAWordOfADateNameRemindsOfThatDate() {
        say("remember that our benefits end on 28 February 2027");
        say("I redeemed my product key on 2 March 2026");
        say("remember that");

        Reply reply = say("/remind me of expiry");

        assertTrue(reply.text().startsWith("I'll remind you"), reply.text());
        assertTrue(reply.text().contains("28 February 2027"), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "remember that our benefits end on 28 February 2027|forget this date please|Done: I forgot your benefit expiry date",
        "onthoud dat onze voordelen op 28 februari 2027 verlopen|vergeet deze datum maar|Klaar: ik ben de vervaldatum"})
    void forgettingThatDateForgetsTheDateJustRemembered(String remember, String forget, String expected) {
        say(remember);

        Reply reply = say(forget);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertEquals(0, remembered());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I activated my product key on 2 March 2026, until when does it work?|just forget that one|Done: I forgot the date you redeemed",
        "ik heb mijn productcode op 2 maart 2026 geactiveerd, tot wanneer werkt hij?|vergeet die datum weer|Klaar: ik ben de datum waarop"})
    void forgettingThatDateAfterAnAnswerDropsItFromTheConversation(String question, String forget, String expected) {
        say(question);

        Reply reply = say(forget);
        Reply data = say("/mydata");

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertFalse(data.text().contains("2026") && data.text().contains("2 March") || data.text().contains("2 maart"), data.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"/forget the date of my key|EN", "/forget keys|EN", "/vergeet mijn sleutel|NL", "/forget sleutel|NL"})
    void forgetFindsTheKeysDateByTheThingsWord(String command, Lang hint) {
        say("remember that our benefits end on 28 February 2027", hint);
        say("remember that I redeemed my product key on 2 March 2026", hint);

        Reply reply = say(command, hint);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(1, remembered(), reply.text());
        assertEquals("benefit_expiry", stores.profiles().facts("tg:u8").get(0).fact());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"al mijn herinneringen verwijderen", "ze allemaal stoppen graag"})
    void theDutchObjectFirstUnderTheListAsksToCancelThemAll(String text) {
        say("onthoud dat onze voordelen op 28 februari 2027 verlopen");
        say("/remind benefit_expiry");
        say("/herinneringen");

        Reply asked = say(text);
        Reply yes = say("ja");

        assertEquals(ReplyType.CLARIFY, asked.type(), asked.text());
        assertEquals(ReminderList.CONFIRM_PAYLOAD, asked.choices().get(0).payload());
        assertEquals(ReminderList.CONFIRM_PAYLOAD, yes.choices().get(0).payload(), yes.text());
        assertEquals(3, stores.reminders().pending("tg:u8").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"yes please, cancel them all|EN|You have no reminders.",
        "oke, schrap ze allemaal|NL|Je hebt geen herinneringen."})
    void cancellingThemAllWithNoRemindersSaysThereAreNone(String text, Lang hint, String expected) {
        say("hello", hint);

        assertEquals(expected, say(text, hint).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hoe verleng ik mijn voordelen?|switch back to english|EN",
        "how do I renew my benefits?|schakel over naar het Nederlands|NL",
        "hoe verleng ik mijn voordelen?|language: english|EN",
        "how do I renew my benefits?|taal nederlands|NL",
        "hoe verleng ik mijn voordelen?|and now in english again|EN",
        "how do I renew my benefits?|en nu weer in het Nederlands|NL"})
    void theLanguageIsSwitchedInOtherWords(String question, String request, Lang expected) {
        Reply answer = say(question);

        Reply again = say(request);

        assertEquals(expected.other(), answer.lang());
        assertEquals(expected, again.lang(), again.text());
        assertEquals(ReplyType.FAQ, again.type(), again.text());
        assertEquals(answer.faqId(), again.faqId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ik wil iets weten over licenties|say that in English please|EN",
        "something about azure licences for customers|kun je dat in het Nederlands zeggen?|NL"})
    void didYouMeanIsSaidAgainInTheOtherLanguage(String question, String request, Lang expected) {
        Reply suggested = say(question);

        Reply again = say(request);

        assertEquals(ReplyType.FALLBACK, suggested.type(), suggested.text());
        assertFalse(suggested.suggestions().isEmpty(), suggested.text());
        assertEquals(expected, again.lang());
        assertEquals(suggested.choices().stream().map(Choice::payload).toList(), again.choices().stream().map(Choice::payload).toList());
        assertTrue(again.text().contains("1. "), again.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"hoe verleng ik mijn voordelen?|verwijder alles|Dit bewaar ik over je",
        "how do I renew my benefits?|delete everything|This is what I keep about you"})
    void myDataAfterForgettingIsInTheConversationsLanguage(String question, String confirm, String expected) {
        say(question);
        say("/forget");
        say(confirm);

        Reply data = say("/mydata");

        assertTrue(data.text().startsWith(expected), data.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "remember that our benefits end on 28 February 2027|remember that our benefits end on 31 March 2027|I had 28 February 2027 as your benefit expiry date; I now remember 31 March 2027",
        "onthoud dat onze voordelen op 28 februari 2027 verlopen|onthoud dat onze voordelen op 31 maart 2027 verlopen|Ik had 28 februari 2027 als de vervaldatum van je voordelen; nu onthoud ik 31 maart 2027"})
    void aNewDateForAThingSaysItReplacesTheOldOne(String first, String second, String expected) {
        say(first);

        Reply reply = say(second);
        Reply same = say(second);

        assertTrue(reply.text().contains(expected), reply.text());
        assertFalse(same.text().contains(expected.substring(0, 6)), same.text());
        assertEquals(1, remembered());
        assertEquals(ProfileFact.class, stores.profiles().facts("tg:u8").get(0).getClass());
    }
}
