package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * What a conversation keeps across messages the bot did not understand, FAQ answers, cancels and requests for another
 * language.
 */
class ConversationContextTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:7", "tg:u7", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void messageNotUnderstoodKeepsTheDateForDaysLeft() {
        say("Ik heb ons Visual Studio-abonnement op 12 oktober 2026 toegewezen, wanneer mag ik het opnieuw toewijzen?");
        say("blub blub flarp?");

        Reply reply = say("hoeveel dagen nog?");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 10)), reply.date());
    }

    @Test
    void aQuestionAboutAnotherThingAfterAnAnswerIsNotAnsweredFromItsDate() {
        say("Onze voordelen vervallen op 20 november 2026, tot wanneer kunnen we nog productcodes inwisselen?");

        Reply other = say("En hoe lang blijft mijn rijbewijs nog geldig?");
        Reply own = say("hoeveel dagen nog?");

        assertEquals(ReplyType.FALLBACK, other.type(), other.text());
        assertEquals(ReplyType.RULE, own.type(), own.text());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), own.date());
    }

    @Test
    void faqAnswerInBetweenKeepsTheDateForDaysLeft() {
        say("I redeemed my product key on 3 February 2026, until when can I use it?");
        Reply between = say("how do I renew my membership?");

        Reply reply = say("how many days are left?");

        assertEquals(ReplyType.FAQ, between.type(), between.text());
        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 3)), reply.date());
    }

    @Test
    void dutchFaqAnswerInBetweenKeepsTheDateForAFollowUp() {
        say("Ik heb mijn sleutel op 3 februari 2026 ingewisseld, tot wanneer kan ik hem gebruiken?");
        Reply between = say("hoe verleng ik mijn lidmaatschap?");

        Reply reply = say("hoeveel dagen heb ik nog?");

        assertEquals(ReplyType.FAQ, between.type(), between.text());
        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 3)), reply.date());
    }

    @Test
    void cancelAfterAnAnswerKeepsItsDateForAFollowUp() {
        say("Mijn sleutel heb ik op 20-05-2026 ingewisseld, tot wanneer werkt hij?");
        say("laat maar");

        Reply reply = say("Werkt hij nog?");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(true), reply.ok());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 20)), reply.date());
    }

    @Test
    void cancelWhileWaitingForADateDropsTheQuestion() {
        say("Until when can I use my product key?");

        Reply reply = say("never mind");

        assertTrue(reply.text().contains("dropped"), reply.text());
    }

    @Test
    void askingForEnglishRepeatsADutchRuleAnswerInEnglish() {
        say("Ik heb ons Visual Studio-abonnement op 12 oktober 2026 toegewezen, wanneer mag ik het opnieuw toewijzen?");

        Reply reply = say("could you say that in English?");

        assertEquals(Lang.EN, reply.lang());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 10)), reply.date());
        assertTrue(reply.text().contains("10 January 2027"), reply.text());
    }

    @Test
    void askingForDutchRepeatsAnEnglishFaqAnswerAndSticks() {
        say("How do I renew my benefits?");

        Reply repeated = say("kun je dat in het Nederlands zeggen?");
        Reply next = say("ok");

        assertEquals(Lang.NL, repeated.lang());
        assertEquals(ReplyType.FAQ, repeated.type());
        assertEquals(Lang.NL, next.lang());
    }

    @Test
    void askingForEnglishWhileWaitingForADateAsksForItInEnglish() {
        say("Tot wanneer kan ik mijn sleutel gebruiken?");

        Reply reply = say("in English please");
        Reply answered = say("3 March 2026");

        assertEquals(Lang.EN, reply.lang());
        assertTrue(reply.text().contains("On what date did you redeem the product key?"), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 3)), answered.date());
    }

    @Test
    void yearOnlyCorrectionRedoesTheAnswerWithThatYear() {
        say("I redeemed my key on 14 February 2026, until when can I use it?");

        Reply reply = say("sorry, I meant 2025");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 14)), reply.date());
    }

    @Test
    void dutchYearOnlyCorrectionRedoesTheAnswerWithThatYear() {
        say("Ik heb mijn sleutel op 14 februari 2026 ingewisseld, tot wanneer kan ik hem gebruiken?");

        Reply reply = say("oeps, ik bedoelde 2025");

        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 14)), reply.date());
    }

    @Test
    void slashCancelAfterAnAnswerKeepsItsDateForAFollowUp() {
        say("I redeemed my product key on 3 February 2026, until when can I use it?");
        say("/cancel");

        Reply reply = say("how many days left?");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 3)), reply.date());
    }

    @Test
    void cancellingAQuestionBackAboutAnotherThingKeepsTheDateWorkedOutBefore() {
        say("I assigned our VS subscription on 12 October 2026, from when can I reassign it?");
        Reply asked = say("and my membership?");
        say("/cancel");

        Reply reply = say("how many days left?");
        Reply benefits = say("en mijn voordelen?");

        assertEquals(Optional.of("renewal_open_from"), asked.intent(), asked.text());
        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 10)), reply.date());
        assertTrue(benefits.intent().isPresent(), benefits.text());
        assertEquals(Lang.NL, benefits.lang());
    }

    @Test
    void dutchLaatMaarAfterAQuestionBackAboutAnotherThingKeepsTheDateWorkedOutBefore() {
        say("Ik heb mijn sleutel op 20-05-2026 ingewisseld, tot wanneer werkt hij?");
        say("en mijn voordelen?");
        say("laat maar");

        Reply reply = say("hoeveel dagen nog?");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 20)), reply.date());
    }
}
