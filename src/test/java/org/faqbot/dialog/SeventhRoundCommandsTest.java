package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * Commands the seventh test round found falling back: a reminder cancelled in words, all reminders at once, a filler
 * before "remember that", "nvm", a Dutch /remember opening a conversation, a part of a date's name, /cancel after an
 * answer, a bare yes or no, the time, and a date alone.
 */
class SeventhRoundCommandsTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final FaqAssistant bot = TestAssistants.standard(clock);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:7", "tg:u7", text, Optional.empty(), Optional.empty()));
    }

    private void threeReminders() {
        say("remember that our benefits expire on 28 February 2027");
        say("/remind benefit_expiry");
    }

    @Test
    void aReminderIsCancelledByAVerbAndItsPlace() {
        threeReminders();
        say("/reminders");

        Reply reply = say("delete the first one");

        assertEquals("That reminder is cancelled.", reply.text());
        assertEquals(2, say("/reminders").text().split("\n- ").length - 1);
    }

    @Test
    void aDutchVerbAndTheLastPlaceCancelTheLastReminderNotAllOfThem() {
        threeReminders();
        say("/herinneringen");

        Reply reply = say("schrap de laatste");

        assertEquals("Die herinnering is geannuleerd.", reply.text());
    }

    @Test
    void theListOffersToCancelAllAndAsksFirst() {
        threeReminders();

        Reply list = say("/reminders");
        Reply asked = say("cancel all of them");

        assertEquals(ReminderList.CANCEL_ALL_PAYLOAD, list.choices().get(list.choices().size() - 1).payload());
        assertEquals(ReplyType.CLARIFY, asked.type());
        assertEquals(ReminderList.CONFIRM_PAYLOAD, asked.choices().get(0).payload());
    }

    @Test
    void aBareYesToCancellingAllCancelsNothing() {
        threeReminders();
        say("/reminders");
        say("wis ze allemaal");

        Reply yes = say("ja");

        assertTrue(yes.text().startsWith("Om al je 3 herinneringen te annuleren"), yes.text());
        assertTrue(say("/reminders").text().contains("30 dagen"));
    }

    @Test
    void theWordsOfCancellingAllConfirmIt() {
        threeReminders();
        say("/reminders");
        say("wis ze allemaal");

        Reply done = say("ja, wis ze allemaal");

        assertTrue(done.text().startsWith("Klaar: ik heb je herinneringen geannuleerd (3)"), done.text());
        assertEquals("Je hebt geen herinneringen.", say("/herinneringen").text());
    }

    @Test
    void cancellingAllRemindersInWordsAsksFirst() {
        threeReminders();

        Reply reply = say("please delete all my reminders");

        assertEquals(ReminderList.CONFIRM_PAYLOAD, reply.choices().get(0).payload());
    }

    @Test
    void rememberThatAfterAFillerOffersTheWorkedOutDate() {
        say("I redeemed my key on 2 March 2026, until when can I use it?");

        Reply reply = say("great, remember that");

        assertTrue(reply.text().startsWith("Shall I remember the date from our conversation?"), reply.text());
    }

    @Test
    void nvmDropsTheQuestionBack() {
        say("until when can I use my product key?");

        Reply reply = say("nvm");

        assertEquals("OK, I've dropped that question. Ask me anything else.", reply.text());
    }

    @Test
    void commandsAfterADutchRememberOpeningTheConversationAreDutch() {
        say("/remember mijn key heb ik op 4 april 2026 ingewisseld");

        assertEquals(Lang.NL, say("/reminders").lang());
        assertEquals(Lang.NL, say("/help").lang());
    }

    @Test
    void aWordOfTheDatesNameRemindsOfThatDate() {
        say("remember that our enrollment renewal date is 1 March 2027");

        Reply reply = say("/remind renewal");

        assertTrue(reply.text().startsWith("I'll remind you:"), reply.text());
    }

    @Test
    void cancelAfterAnAnswerSaysNothingWasOpen() {
        say("I redeemed my key on 2 March 2026, until when can I use it?");

        Reply reply = say("/cancel");

        assertEquals("There was nothing to cancel. Ask me anything.", reply.text());
    }

    @Test
    void aBareNoWithNothingAskedSaysSo() {
        Reply reply = say("nope");

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertTrue(reply.text().startsWith("I haven't asked you anything just now"), reply.text());
    }

    @Test
    void theTimeIsTheClocksWithTheDay() {
        Reply reply = say("hoe laat is het nu?");

        assertEquals("Het is hier 12:00 uur (Z), op zondag 6 december 2026.", reply.text());
    }

    @Test
    void aDateAloneAsksWhatItIsFor() {
        Reply reply = say("2026-11-20");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertTrue(reply.text().startsWith("What is 2026-11-20 for?"), reply.text());
    }

    @Test
    void anImpossibleDateAloneIsSaidNotToExist() {
        Reply reply = say("30-02-2026");

        assertTrue(reply.text().startsWith("\"30-02-2026\" is not a date that exists"), reply.text());
        assertFalse(reply.text().contains("I don't know"));
    }

    @Test
    void aDateAloneInManyWordsStillAsksWhatItIsFor() {
        Reply reply = say("the first Monday of November 2026");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertTrue(reply.text().startsWith("What is the first Monday of November 2026 for?"), reply.text());
    }

    @Test
    void wordsAreCountedAsRunsOfLettersAndDigits() {
        assertEquals(0, LoneDate.words(" -- "));
        assertEquals(3, LoneDate.words("3 maart, 2026!"));
        assertEquals(6, LoneDate.words("de maandag voor vorige week (toch?)"));
    }
}
