package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * A yes/no question about a day ("is my key still valid on 1 March?") whose rule has no date of its own yet: the day
 * is the one asked about, never the rule's fact, and it is kept while the bot asks back for the fact, so that the
 * answer to the question back answers the yes/no for that day (today is 15 June 2021).
 */
class AskedDayKeptTest {

    private static final LocalDate DECEMBER_1_2021 = LocalDate.of(2021, 12, 1);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void stillValidOnADayWithoutARedeemDateAsksForIt() {
        Reply reply = say("Is our product key still valid on 1 March?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.empty(), reply.date());
        assertTrue(reply.text().contains("On what date did you redeem the product key?"), reply.text());
    }

    @Test
    void dutchStillValidOnADayWithoutARedeemDateAsksForIt() {
        Reply reply = say("Is onze productcode op 1 maart nog geldig?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Optional.empty(), reply.date());
        assertTrue(reply.text().contains("Op welke datum heb je de productcode ingewisseld?"), reply.text());
    }

    @Test
    void theAskedDayIsAnsweredOnceTheRedeemDateIsGiven() {
        say("Is our product key still valid on 1 March?");

        Reply reply = say("we redeemed it on 1 December 2020");

        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, on 1 March 2022 that is no longer possible.**"), reply.text());
    }

    @Test
    void aBareDateAsTheAnswerAlsoAnswersTheAskedDay() {
        say("Werkt onze productcode op 1 oktober nog?");

        Reply reply = say("op 1 december 2020");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Ja, op 1 oktober 2021 kan dat nog.**"), reply.text());
    }

    @Test
    void anEndAskedOnADayIsAnsweredInItsTermsOnceTheRedeemDateIsGiven() {
        say("Does our product key expire on 1 March?");

        Reply reply = say("on 1 December 2020");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, by 1 March 2022 it has expired: you can use it until 1 December 2021.**"), reply.text());
    }

    @Test
    void anEndAskedAfterADayKeepsItsWayRound() {
        say("Loopt onze productcode na 1 november af?");

        Reply reply = say("1 december 2020");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("Ja, na 1 november 2021 kun je hem nog gebruiken"), reply.text());
    }

    @Test
    void aDayAskedWithARememberedRedeemDateIsAnsweredFromIt() {
        say("Remember that I redeemed our product key on 1 December 2020");

        Reply reply = say("Is our product key still valid on 1 March?");

        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("No, on 1 March 2022 that is no longer possible."), reply.text());
    }

    @Test
    void aKeyActivatedOnTheDayStaysItsRedeemDate() {
        Reply reply = say("Can I still use the product key I activated on 1 March?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), reply.date());
        assertFalse(reply.text().contains("On what date"), reply.text());
    }

    @Test
    void reassigningOnADayAsksWhenTheSubscriptionWasAssigned() {
        Reply reply = say("Can I reassign our Visual Studio subscription on 1 July?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Optional.of("vs_reassign_from"), reply.intent());
        assertTrue(reply.text().contains("On what date did you originally assign the Visual Studio subscription?"), reply.text());
    }

    @Test
    void reassigningOnADayIsAnsweredOnceTheAssignDateIsGiven() {
        say("Can I reassign our Visual Studio subscription on 1 July?");

        Reply reply = say("on 1 May 2021");

        assertEquals(Optional.of(LocalDate.of(2021, 7, 30)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, on 1 July 2021 that is not allowed yet.**"), reply.text());
    }

    @Test
    void redeemingBenefitsOnADayAsksForTheExpiryDateAndAnswersForThatDay() {
        Reply question = say("Can we still redeem our benefits on 1 September?");

        Reply reply = say("31 July 2021");

        assertTrue(question.text().contains("What is your benefit expiry date"), question.text());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, on 1 September 2021 that is no longer possible.**"), reply.text());
    }

    @Test
    void aCorrectionOfTheGivenDateIsAnsweredForTheSameDay() {
        say("Is our product key still valid on 1 March?");
        say("we redeemed it on 1 December 2020");

        Reply reply = say("sorry, I meant 1 April 2021");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, on 1 March 2022 that is still possible.**"), reply.text());
    }
}
