package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fourteenth round's chat defects (chat17), in both languages, worded here (today is Monday 7 December 2026):
 * reminders asked for the date just answered, with the verb last, the English loanword in Dutch or a lead, and a typed
 * answer to "which of your dates?" that names one.
 */
class FourteenthRoundChatTest {

    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), stores);

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    private List<Reminder> reminders(String conversation) {
        return stores.reminders().pending("u-" + conversation);
    }

    private void keyAnswered(String conversation, boolean dutch) {
        Reply answer = say(conversation, dutch ? "mijn sleutel is op 4 februari 2026 geactiveerd, hoe lang werkt hij nog?"
                : "my key got activated on 4 February 2026, how long will it keep working?");
        assertEquals(Optional.of("key_valid_until"), answer.intent(), answer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a1|true|wil je me daar een herinnering voor sturen?",
        "a2|true|kunt u mij er een reminder voor geven?",
        "a3|true|stuur me daar maar een seintje over",
        "a4|false|could you send me a reminder about it?",
        "a5|false|can you give me a heads up before that?"})
    void aReminderAskedForTheDateJustAnsweredSetsItsReminders(String conversation, boolean dutch, String asked) {
        keyAnswered(conversation, dutch);

        Reply reply = say(conversation, asked);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(3, reminders(conversation).size(), reply.text());
        assertEquals(LocalDate.of(2027, 2, 4), reminders(conversation).get(0).eventDate(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "b1|true|stuur gerust een reminder twee weken ervoor|14 dagen vóór 4 februari 2027",
        "b2|true|stuur maar een herinnering drie dagen van tevoren|3 dagen vóór 4 februari 2027",
        "b3|false|send a reminder two weeks ahead please|14 days before 4 February 2027",
        "b4|false|drop me a reminder three days before|3 days before 4 February 2027"})
    void aReminderWithALeadAfterAnAnswerSetsThatOne(String conversation, boolean dutch, String asked, String line) {
        keyAnswered(conversation, dutch);

        Reply reply = say(conversation, asked);

        assertTrue(reply.text().contains(line), reply.text());
        assertEquals(1, reminders(conversation).size(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c1|mijn key heb ik op 2 april 2026 ingewisseld en de voordelen verlopen op 30 juni 2027; tot wanneer werkt de key?"
            + "|herinner me er dan aan|die van de vervaldatum|30 juni 2027",
        "c2|mijn key heb ik op 2 april 2026 ingewisseld en de voordelen verlopen op 30 juni 2027; tot wanneer werkt de key?"
            + "|herinner me er dan aan|voor de sleutel graag|2 april 2027",
        "c3|I redeemed the key on 2 April 2026 and the benefits expire on 30 June 2027; until when does the key work?"
            + "|remind me then|the benefits one|30 June 2027",
        "c4|I redeemed the key on 2 April 2026 and the benefits expire on 30 June 2027; until when does the key work?"
            + "|remind me then|for the product key|2 April 2027"})
    void aTypedAnswerNamingOneOfTheOfferedDatesPressesIt(String conversation, String question, String asked, String typed,
            String day) {
        say(conversation, question);
        Reply offer = say(conversation, asked);
        assertEquals(2, offer.choices().size(), offer.text());

        Reply reply = say(conversation, typed);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().contains(day), reply.text());
        assertEquals(3, reminders(conversation).size(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "d1|true|wijzig die naar vijf dagen van tevoren|5 dagen vóór 4 februari 2027|eerdere herinneringen",
        "d2|true|hmm, doe maar liever twee weken ervoor|14 dagen vóór 4 februari 2027|eerdere herinneringen",
        "d3|false|please change them to five days before|5 days before 4 February 2027|earlier reminders",
        "d4|false|two weeks ahead instead|14 days before 4 February 2027|earlier reminders"})
    void aLeadChangedInWordsReplacesTheDatesReminders(String conversation, boolean dutch, String changed, String line, String said) {
        keyAnswered(conversation, dutch);
        say(conversation, dutch ? "zet er een herinnering voor" : "set a reminder for it");

        Reply reply = say(conversation, changed);

        assertTrue(reply.text().contains(line), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
        assertEquals(1, reminders(conversation).size(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e1|you never understand anything, this is hopeless|Sorry that didn't help",
        "e2|that makes no sense at all|Sorry that didn't help",
        "e3|jij snapt ook nooit iets|Sorry dat ik je niet kon helpen",
        "e4|dat slaat echt nergens op|Sorry dat ik je niet kon helpen"})
    void sayingTheBotUnderstandsNothingGetsTheSorry(String conversation, String text, String expected) {
        Reply reply = say(conversation, text);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"f1|this is annoying, nothing works", "f2|hey, i am getting tired of this", "f3|ik ben er echt klaar mee",
        "f4|hallo, wij zijn teleurgesteld"})
    void howTheWriterFeelsIsNoIntroduction(String conversation, String text) {
        Reply reply = say(conversation, text);

        assertFalse(reply.text().contains("meet you") || reply.text().contains("kennis te maken"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"g1|true|oke dank je, wil je me er een reminder voor sturen?",
        "g2|false|great, thanks! can you send me a reminder for it?"})
    void aReminderAskedAfterThanksIsStillAReminder(String conversation, boolean dutch, String asked) {
        keyAnswered(conversation, dutch);

        Reply reply = say(conversation, asked);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(3, reminders(conversation).size(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"h1|welke reminders heb ik nu|Je herinneringen:", "h2|toon mijn reminders|Je herinneringen:",
        "h3|which reminders do i have|Your reminders:"})
    void theRemindersNamedWithTheLoanwordAreListed(String conversation, String asked, String expected) {
        keyAnswered(conversation, expected.startsWith("Je"));
        say(conversation, expected.startsWith("Je") ? "zet er een herinnering voor" : "set a reminder for it");

        Reply reply = say(conversation, asked);

        assertTrue(reply.text().startsWith(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"i1|true|mijn key is op 20 oktober 2025 geactiveerd, werkt hij nog?|wil je me er twee dagen van tevoren aan herinneren?",
        "i2|false|my key was activated on 20 October 2025, does it still work?|please remind me two days before"})
    void aReminderForADateGoneByKeepsNothing(String conversation, boolean dutch, String question, String asked) {
        say(conversation, question);

        Reply reply = say(conversation, asked);

        assertTrue(reply.text().startsWith(dutch ? "Die datums zijn te dichtbij" : "Those dates are too close"), reply.text());
        assertEquals(List.of(), stores.profiles().facts("u-" + conversation), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"j1|en wat weet je nu over mij?|Dit bewaar ik over je", "j2|and what do you know about me now?|This is what I keep about you"})
    void whatTheBotKeepsAskedWithAnAndShowsIt(String conversation, String asked, String expected) {
        keyAnswered(conversation, expected.startsWith("Dit"));
        say(conversation, expected.startsWith("Dit") ? "zet er een herinnering voor" : "set a reminder for it");

        Reply reply = say(conversation, asked);

        assertTrue(reply.text().startsWith(expected), reply.text());
    }
}
