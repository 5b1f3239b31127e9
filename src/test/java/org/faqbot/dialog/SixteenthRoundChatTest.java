package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sixteenth round's chat and date defects (chat19), in both languages, worded here (today is Monday 7 December
 * 2026): a fact's month beside a month asked about, a month that starts before the fact, part-month phrases, a reminder
 * in a month, and a fed-up question.
 */
class SixteenthRoundChatTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl1|stel dat ik mijn productcode in februari inwissel, is hij in oktober nog bruikbaar?|Ja, in oktober 2027 kan dat, welke dag in februari 2027 het ook is.|true",
        "en1|say I redeem my product key in February, can I still use it in October?|Yes, in October 2027 that is possible, whichever day in February 2027 it is.|true",
        "nl2|mijn productcode heb ik in april ingewisseld, kan ik hem in augustus nog gebruiken?|Nee, in augustus 2027 kan dat niet, welke dag in april 2026 het ook is.|false",
        "en2|my product key was redeemed in April, can I still use it in August?|No, in August 2027 that is not possible, whichever day in April 2026 it is.|false",
        "nl3|als ik de productcode in maart inwissel, werkt die in april 2028 nog?|Nee, in april 2028 kan dat niet, welke dag in maart 2027 het ook is.|false",
        "en3|if we redeem the product key in March, will it still work in April 2028?|No, in April 2028 that is not possible, whichever day in March 2027 it is.|false"})
    // The fact's month beside the month asked about: every day of the one gives the same answer for the other.
    void aFactsMonthAnswersForTheMonthAsked(String conversation, String question, String verdict, boolean ok) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains(verdict), reply.text());
        assertEquals(Optional.of(ok), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl4|ik heb mijn productcode op 10 oktober 2026 ingewisseld|is hij in oktober bruikbaar?|Ja, in oktober 2026 vanaf 10 oktober 2026 (de datum waarop je de productcode hebt ingewisseld): dan kan het tot en met 10 oktober 2027.",
        "en4|the product key got redeemed by me on 10 October 2026|can I use it in October?|Yes, in October 2026 from 10 October 2026 (the date you redeemed the product key) on: then it is possible until 10 October 2027.",
        "nl5|ik heb mijn productcode op 10 oktober 2026 ingewisseld|werkte hij op 2 oktober 2026?|Nee, op 2 oktober 2026 nog niet: dat is vóór 10 oktober 2026",
        "en5|the product key got redeemed by me on 10 October 2026|did it work on 2 October 2026?|No, on 2 October 2026 not yet: that is before 10 October 2026"})
    // A key works from the day it is redeemed: a month that starts before that day is answered from that day on.
    void aMonthStartingBeforeTheRedemptionIsAnsweredFromItsDay(String conversation, String fact, String question, String verdict) {
        say(conversation, fact);

        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains(verdict), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl6|ik heb de productcode half februari 2026 ingewisseld, tot wanneer is hij bruikbaar?|Tot en met een dag tussen 11 februari 2027 en 20 februari 2027",
        "en6|I redeemed the product key mid-February 2026, until when is it usable?|Until a day between 11 February 2027 and 20 February 2027",
        "nl7|de productcode is begin december 2025 ingewisseld, tot wanneer kan ik hem gebruiken?|hangt af van de precieze dag",
        "en7|the product key was redeemed early December 2025, until when can I use it?|depends on the exact day",
        "nl8|als ik de productcode eind juli inwissel, tot wanneer kan ik hem gebruiken?|Tot en met een dag tussen 21 juli 2028 en 31 juli 2028",
        "en8|if I redeem the product key late July, until when can I use it?|Until a day between 21 July 2028 and 31 July 2028"})
    // A part of a month ("half februari", "early December") is no day: the range of last days answers "until when?",
    // and says that the exact day decides when it does.
    void aPartOfAMonthAnswersWithTheRangeOfDays(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl9|de productcode heb ik op 20 april 2026 ingewisseld|stuur me in maart een herinnering|op 1 maart 2027, 50 dagen vóór 20 april 2027",
        "en9|the product key got redeemed by me on 20 April 2026|please remind me in March|on 1 March 2027, 50 days before 20 April 2027",
        "nl10|de productcode heb ik op 20 april 2026 ingewisseld|herinner me in augustus|In augustus 2027 kan ik je niet herinneren: de dag waar de herinnering over zou gaan, 20 april 2027, valt daarvóór.",
        "en10|the product key got redeemed by me on 20 April 2026|remind me during August|I can't remind you in August 2027: the day the reminder would be about, 20 April 2027, comes before it."})
    // A reminder asked for in a month is set in that month, on its first day, or the reply says why it cannot be.
    void aReminderInAMonthIsSetThenOrRefusedWithTheReason(String conversation, String fact, String request, String expected) {
        say(conversation, fact);

        Reply reply = say(conversation, request);

        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl11|de productcode heb ik op 20 april 2026 ingewisseld|ik word gek van het wachten, tot wanneer werkt hij?|Sorry, ik begrijp dat dit frustrerend is.|20 april 2027",
        "en11|the product key got redeemed by me on 20 April 2026|so fed up with waiting. until when does it work?|Sorry, I understand this is frustrating.|20 April 2027"})
    // Frustration in front of a question is heard, and the question is still answered from the conversation's date.
    void aFedUpQuestionIsStillAnswered(String conversation, String fact, String question, String heard, String date) {
        say(conversation, fact);

        Reply reply = say(conversation, question);

        assertTrue(reply.text().startsWith(heard), reply.text());
        assertTrue(reply.text().contains(date), reply.text());
        assertEquals(ReplyType.RULE, reply.type(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl12|de productcode heb ik op 20 april 2026 ingewisseld, tot wanneer?|en voor mijn stagiaire?|Dan dezelfde vraag voor die van je stagiaire",
        "en12|the product key got redeemed by me on 20 April 2026, until when?|what about my intern?|The same question for your intern's, then"})
    // A colleague named alone after an answer asks the same question about their thing, as "my colleague's?" does.
    void aColleagueAloneAsksTheSameQuestionForTheirThing(String conversation, String first, String followUp, String expected) {
        say(conversation, first);

        Reply reply = say(conversation, followUp);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl13|we hebben op 2 december 2026 verlengd, hoe lang kunnen we nog activeren bij VS?|user_assignment_grace_until|1 januari 2027",
        "en13|we renewed on 2 December 2026, up to what day may we activate VS?|user_assignment_grace_until|1 January 2027"})
    // "VS" right before the question mark is the Visual Studio rule's word, as "VS " before a space is.
    void aWordCueBeforePunctuationCounts(String conversation, String question, String intent, String date) {
        Reply reply = say(conversation, question);

        assertEquals(Optional.of(intent), reply.intent(), reply.text());
        assertTrue(reply.text().contains(date), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl14|als ik de productcode in januari inwissel, is hij in januari 2028 nog geldig?|de 20e|Of dat in januari 2028 kan, hangt af van de precieze dag in januari 2027|20 januari 2028",
        "en14|if I redeem the product key in January, is it still usable in January 2028?|the 20th|Whether that is possible in January 2028 depends on the exact day in January 2027|20 January 2028"})
    // When the fact's month leaves the month asked about open, the question back says why the day is needed, and the day
    // alone next is read in that month.
    void aFactsMonthThatLeavesTheAnswerOpenSaysWhyTheDayIsNeeded(String conversation, String question, String day, String why,
            String date) {
        Reply asked = say(conversation, question);

        Reply reply = say(conversation, day);

        assertTrue(asked.text().startsWith(why), asked.text());
        assertEquals(ReplyType.CLARIFY, asked.type(), asked.text());
        assertTrue(reply.text().contains(date), reply.text());
    }
}
