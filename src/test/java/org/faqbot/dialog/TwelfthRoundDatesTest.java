package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Defects left from the eleventh exploratory round in the dates (today is Monday 7 December 2026 unless a test says
 * otherwise): passing a VS subscription on in Dutch words, a month or last year as the span of a done event, the
 * follow-ups after an answer from bounds, and a redemption day to come named without anyone who redeemed. Worded
 * here, not taken from the evaluation cases or the round's report.
 */
class TwelfthRoundDatesTest {

    private static final String KEY = "key_valid_until";
    private static final String REASSIGN = "vs_reassign_from";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void aDutchSubscriptionGivenToAColleagueThatMayGoToAnotherIsReassigned() {
        Reply reply = say("a", "Ons VS-abonnement is op 4 september aan Noor gegeven; vanaf welke datum kan het naar een ander?");

        // Assigned 4 September 2026: reassignable 90 days later, from 3 December 2026.
        assertEquals(Optional.of(REASSIGN), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), reply.date(), reply.text());
    }

    @Test
    void anEnglishSubscriptionHandedToATesterThatMayGoToADifferentOneIsReassigned() {
        Reply handed = say("b", "handed the VS subscription to Noor on 4 September, when may it move to a different tester?");
        Reply gave = say("c", "gave our VS sub to a colleague on 4 Sep, from when can it go to someone else?");

        assertEquals(Optional.of(REASSIGN), handed.intent(), handed.text());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), handed.date(), handed.text());
        assertEquals(Optional.of(REASSIGN), gave.intent(), gave.text());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), gave.date(), gave.text());
    }

    @Test
    void aKeyRedeemedInAMonthIsAnsweredFromTheWholeMonthInEnglish() {
        Reply reply = say("d", "product key redeemed in May, can we still use it?");

        // Redeemed between 1 and 31 May 2026: every such key works until May 2027.
        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains("between 1 May 2026 and 31 May 2026"), reply.text());
        assertTrue(reply.text().endsWith("If you tell me the day in May, I'll work it out for you: On what date did you redeem the "
                + "product key?"), reply.text());
    }

    @Test
    void aKeyRedeemedSometimeInAMonthIsAnsweredFromTheWholeMonthInDutch() {
        Reply reply = say("e", "de productcode is ergens in mei geactiveerd, werkt die nog?");

        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains("tussen 1 mei 2026 en 31 mei 2026"), reply.text());
    }

    @Test
    void theDayAloneAfterAMonthsBoundedAnswerIsReadInThatMonth() {
        say("f", "I redeemed the key in May, is it still valid?");
        say("g", "ik heb de code in mei ingewisseld, tot wanneer werkt hij?");

        Reply english = say("f", "the 12th");
        Reply dutch = say("g", "de 12e");

        assertEquals(Optional.of(LocalDate.of(2027, 5, 12)), english.date(), english.text());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 12)), dutch.date(), dutch.text());
    }

    @Test
    void aMonthsEventBeforeAQuestionAboutSomethingElseFollowsItsAnswer() {
        Reply english = say("s", "Our key got redeemed in March. How can we renew the membership?");
        Reply dutch = say("t", "Ik heb de sleutel in maart ingewisseld. Hoe verleng ik mijn lidmaatschap?");

        assertEquals(ReplyType.FAQ, english.type(), english.text());
        assertTrue(english.text().contains("About the date you gave:"), english.text());
        assertTrue(english.text().contains("between 1 March 2026 and 31 March 2026"), english.text());
        assertEquals(ReplyType.FAQ, dutch.type(), dutch.text());
        assertTrue(dutch.text().contains("Over de datum die je noemde:"), dutch.text());
    }

    @Test
    void aMonthNamedInAnswerToTheQuestionBackAnswersFromItsDays() {
        say("u", "until when can I use my product key?");
        say("v", "tot wanneer kan ik mijn productcode gebruiken?");

        Reply english = say("u", "we redeemed it in March");
        Reply dutch = say("v", "we hebben hem in maart ingewisseld");

        // The month's days answer (chat20), and the question for the exact day names the month.
        assertTrue(english.text().contains("Until a day between 1 March 2027 and 31 March 2027"), english.text());
        assertTrue(english.text().contains("If you tell me the day in March"), english.text());
        assertTrue(dutch.text().contains("Tot en met een dag tussen 1 maart 2027 en 31 maart 2027"), dutch.text());
        assertTrue(dutch.text().contains("Als je me de dag in maart geeft"), dutch.text());
    }

    @Test
    void aMonthInAPlanDatesNothing() {
        Reply reply = say("h", "I want to redeem the key in May, until when will it work?");

        // No verdict for today, and no past May: since chat19 the plan's next May answers with its range of last days.
        assertEquals(Optional.empty(), reply.ok(), reply.text());
        assertFalse(reply.text().contains("between 1 May 2026"), reply.text());
        assertTrue(reply.text().contains("between 1 May 2028 and 31 May 2028"), reply.text());
    }

    @Test
    void aSubscriptionAssignedLastYearIsAnsweredFromTheWholeYear() {
        FaqAssistant inMay = TestAssistants.standard(TestClock.at("2027-05-03"));

        Reply english = inMay.reply(IncomingMessage.of("i", "VS subscription assigned last year, may I reassign it?"));
        Reply dutch = inMay.reply(IncomingMessage.of("j", "VS-abonnement vorig jaar toegewezen, mag het al naar een ander?"));

        // Assigned in 2026: reassignable from between 1 April 2026 and 31 March 2027, so certainly by 3 May 2027.
        assertEquals(Optional.of(true), english.ok(), english.text());
        assertTrue(english.text().contains("between 1 January 2026 and 31 December 2026"), english.text());
        assertEquals(Optional.of(true), dutch.ok(), dutch.text());
        assertEquals(Optional.of(REASSIGN), dutch.intent(), dutch.text());
    }

    @Test
    void aKeyRedeemedLastYearAsksForTheDayRatherThanGivingTheEntry() {
        Reply english = say("k", "key redeemed last year, does it still work?");
        Reply dutch = say("l", "sleutel vorig jaar ingewisseld, is hij nog bruikbaar?");

        // Keys of 2025 end during 2026: some still work on 7 December 2026, some do not. The range of last days says so
        // and asks for the day (chat21: a bare question for the day did not say why).
        assertEquals(ReplyType.RULE, english.type(), english.text());
        assertTrue(english.text().contains("\"last year\" is not an exact date"), english.text());
        assertTrue(english.text().contains("between 1 January 2026 and 31 December 2026"), english.text());
        assertEquals(Optional.empty(), english.ok(), english.text());
        assertEquals(ReplyType.RULE, dutch.type(), dutch.text());
        assertTrue(dutch.text().contains("\"vorig jaar\" is geen precieze datum"), dutch.text());
        assertEquals(Optional.empty(), dutch.ok(), dutch.text());
    }

    @Test
    void lastYearSettingTheSceneOfAnotherQuestionDatesNothing() {
        Reply reply = say("m", "last year our renewal went wrong, how do I renew on time?");

        assertEquals(Optional.empty(), reply.date(), reply.text());
        assertFalse(reply.text().contains("\"last year\""), reply.text());
    }

    @Test
    void anEnglishFollowUpAfterABoundedAnswerIsAnsweredFromTheBounds() {
        say("n", "our key was redeemed late February");

        Reply still = say("n", "does it still work then?");
        Reply until = say("n", "until when can we use it?");

        assertEquals(ReplyType.RULE, still.type(), still.text());
        assertEquals(Optional.of(true), still.ok(), still.text());
        assertTrue(still.text().contains("between 21 February 2026 and 28 February 2026"), still.text());
        assertFalse(still.text().contains("I still need a date"), still.text());
        assertEquals(ReplyType.RULE, until.type(), until.text());
        assertTrue(until.text().contains("between 21 February 2027 and 28 February 2027"), until.text());
    }

    @Test
    void aDutchFollowUpAfterABoundedAnswerIsAnsweredFromTheBounds() {
        say("o", "onze sleutel is eind februari ingewisseld");

        Reply still = say("o", "werkt hij dan nog?");
        Reply until = say("o", "tot wanneer mogen we hem gebruiken?");

        assertEquals(ReplyType.RULE, still.type(), still.text());
        assertEquals(Optional.of(true), still.ok(), still.text());
        assertEquals(ReplyType.RULE, until.type(), until.text());
        assertTrue(until.text().contains("tussen 21 februari 2027 en 28 februari 2027"), until.text());
    }

    @Test
    void keysRedeemedOnADayToComeAfterABenefitExpiryArePlannedInEnglish() {
        say("p", "our benefits expire on 30 April 2027, until when can we redeem keys?");

        Reply reply = say("p", "and product keys redeemed on 20 January 2027?");

        assertEquals(Optional.of(LocalDate.of(2028, 1, 20)), reply.date(), reply.text());
        assertTrue(reply.text().startsWith("If you redeem the product key on 20 January 2027"), reply.text());
    }

    @Test
    void keysRedeemedOnADayToComeAfterABenefitExpiryArePlannedInDutch() {
        say("q", "onze voordelen verlopen op 30 april 2027, tot wanneer kunnen we codes inwisselen?");

        Reply reply = say("q", "en productcodes ingewisseld op 20 januari 2027?");

        assertEquals(Optional.of(LocalDate.of(2028, 1, 20)), reply.date(), reply.text());
        assertTrue(reply.text().startsWith("Als je de productcode op 20 januari 2027 inwisselt"), reply.text());
    }

    @Test
    void aKeyTheUserSaysWasRedeemedOnADayToComeIsStillChecked() {
        Reply reply = say("r", "my key was redeemed on 20 January 2027, still valid?");

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().startsWith("20 January 2027 is still to come"), reply.text());
    }
}
