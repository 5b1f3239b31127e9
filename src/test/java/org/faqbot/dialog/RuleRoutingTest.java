package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which rule a message goes to, and with which reading of its dates (today is 15 June 2021). */
class RuleRoutingTest {

    private static final LocalDate MARCH_1_2021 = LocalDate.of(2021, 3, 1);
    private static final LocalDate MAY_31_2021 = LocalDate.of(2021, 5, 31);

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"When may I reassign my Visual Studio subscription?", "When can I reassign a Visual Studio subscription?",
            "How long before I can reassign a VS subscription?", "Wanneer mag ik mijn Visual Studio abonnement aan iemand anders geven?",
            "When can I hand over our MSDN subscription to the new tester?"})
    void reassigningASubscriptionIsTheNinetyDayRuleNotTheGracePeriod(String text) {
        Reply reply = say("c1", text);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertFalse(reply.text().contains("enrollment renewal date"), reply.text());
        assertFalse(reply.text().contains("verlengingsdatum van je inschrijving?"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hoeveel tijd moet er zitten tussen twee keer toewijzen, wanneer mag ik ons VS-abonnement opnieuw laten toewijzen?",
            "na hoeveel dagen kan ik een visual studio abonnement opnieuw aan een collega toewijzen?",
            "mag ik ons visual studio abonnement overdragen aan een nieuwe collega?",
            "Can I hand our Visual Studio subscription over to someone else?"})
    void reassigningInOtherWordsIsTheNinetyDayRuleWithTheOfferOfADate(String text) {
        Reply reply = say("c1", text);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("oorspronkelijk toegewezen?") || reply.text().contains("originally assign"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"May I reactivate our VS subscription?", "Kan ik ons visual studio abonnement heractiveren?"})
    void reactivatingASubscriptionGetsTheFaqAnswerWithTheOfferOfADate(String text) {
        Reply reply = say("c1", text);

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("your enrollment renewal date?") || reply.text().contains("verlengingsdatum van je inschrijving?"),
                reply.text());
    }

    @Test
    void untilWhenToRedeemProductKeysIsTheRedeemDeadlineNotTheKeysYear() {
        Reply reply = say("c1", "Until when are we able to redeem our product keys?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
    }

    @Test
    void reassignQuestionAsksWhenTheSubscriptionWasAssigned() {
        Reply reply = say("c1", "When may I reassign my Visual Studio subscription?");

        assertTrue(reply.text().contains("On what date did you originally assign the Visual Studio subscription?"), reply.text());
    }

    @Test
    void aSubscriptionGivenToAColleagueCountsFromTheDayItWasGiven() {
        Reply reply = say("c1", "Seven weeks ago I gave our VS subscription to Tom. Can I give it to someone else now?");

        assertEquals(Optional.of("vs_reassign_from"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 7, 26)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void aDutchSubscriptionGivenToAColleagueCountsFromTheDayItWasGiven() {
        Reply reply = say("c1", "Ik heb op 1 mei 2021 een VS-abonnement aan Anna gegeven. Mag ik het al overdragen aan een ander?");

        assertEquals(Optional.of("vs_reassign_from"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 7, 30)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void benefitsThatExpiredWithoutAYearExpiredLastTime() {
        Reply reply = say("c1", "Our benefits expired on 1 March. Are we still able to redeem product keys?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.of(MARCH_1_2021), reply.date());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void dutchBenefitsThatHaveExpiredWithoutAYearExpiredLastTime() {
        Reply reply = say("c1", "Onze voordelen zijn op 1 maart verlopen. Kunnen we de productcodes nog inwisselen?");

        assertEquals(Optional.of(MARCH_1_2021), reply.date());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void anEnrollmentThatWasRenewedWithoutAYearWasRenewedLastTime() {
        Reply reply = say("c1", "Our enrollment was renewed on 1 May. Until when can we still assign Visual Studio subscriptions?");

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent());
        assertEquals(Optional.of(MAY_31_2021), reply.date());
    }

    @Test
    void aDutchEnrollmentThatIsRenewedWithoutAYearWasRenewedLastTime() {
        Reply reply = say("c1", "Onze inschrijving is op 1 mei verlengd. Tot wanneer kunnen we Visual Studio nog activeren?");

        assertEquals(Optional.of(MAY_31_2021), reply.date());
    }

    @Test
    void benefitsThatWillExpireWithoutAYearExpireNextTime() {
        Reply reply = say("c1", "Our benefits will expire on 1 March. Are we still able to redeem product keys?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), reply.date());
    }

    @Test
    void aKeyReceivedButNotRedeemedAsksForTheBenefitExpiryDate() {
        Reply reply = say("c1", "We received the product key on 3 February 2021 but haven't redeemed it yet. By when must we redeem it?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.empty(), reply.date());
        assertFalse(reply.text().contains("You redeemed the product key"), reply.text());
        assertTrue(reply.text().contains("What is your benefit expiry date"), reply.text());
    }

    @Test
    void aKeyNotYetRedeemedAsksForTheBenefitExpiryDateNotTheRedeemDate() {
        Reply reply = say("c1", "We have not redeemed our key so far. Until when can we redeem it?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertFalse(reply.text().contains("On what date did you redeem the product key?"), reply.text());
    }

    @Test
    void aDutchKeyNotYetRedeemedIsNoRedeemDate() {
        Reply reply = say("c1", "Ik heb de sleutel op 3 februari 2021 gekregen en nog niet ingewisseld. Tot wanneer kan ik hem inwisselen?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.empty(), reply.date());
    }

    @Test
    void anIssueDateIsNeitherTheExpiryNorTheRedeemDate() {
        Reply reply = say("c1", "Our product key was issued on 3 February 2021. When does it stop working?");

        assertEquals(Optional.empty(), reply.date());
        assertTrue(reply.text().contains("On what date did you redeem the product key?"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"My gym card expires on 1 March 2022, can I still train there?",
            "The yoghurt expired yesterday, can I still eat it?",
            "I assigned a desk to a new colleague on 1 March, when can I reassign it?",
            "My phone contract renewal date is 1 July 2021",
            "My streaming subscription runs out on 1 July, can I still watch?",
            "I redeemed a cinema voucher on 1 December 2020, until when can I use it?",
            "Mijn identiteitskaart verloopt op 1 maart 2022, kan ik nog op vakantie?"})
    void aDatedMessageAboutSomethingElseGetsNoRuleAnswer(String text) {
        Reply reply = say("c1", text);

        assertNotEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.empty(), reply.intent(), reply.text());
    }

    @Test
    void aPendingQuestionTakesADateWithoutItsObject() {
        say("c1", "Until when can I still activate my benefits?");

        Reply reply = say("c1", "they run out on 31 August");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 31)), reply.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"how many days left?", "how many days are left?", "how many days remaining?", "hoeveel dagen nog?"})
    void shortDaysLeftFollowUpsUseTheDateJustWorkedOut(String followUp) {
        say("c1", "Our benefits expire on 31 August 2021. What is the last day to redeem keys?");

        Reply reply = say("c1", followUp);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 31)), reply.date());
    }

    @Test
    void daysLeftWithTwoRememberedDatesSaysWhichItUsed() {
        say("c1", "remember that our benefits expire on 31 August 2021");
        say("c1", "remember that I redeemed my product key on 1 December 2020");

        Reply reply = say("c1", "how many days do I have left?");

        assertEquals(Optional.of(LocalDate.of(2021, 8, 31)), reply.date());
        assertTrue(reply.text().startsWith("You asked me to remember more than one date. I am going by your benefit expiry date, 31 August 2021"),
                reply.text());
    }

    @Test
    void daysLeftWithOneRememberedDateKeepsTheShortPreface() {
        say("c1", "remember that our benefits expire on 31 August 2021");

        Reply reply = say("c1", "how many days do I have left?");

        assertTrue(reply.text().startsWith("I am going by the date you asked me to remember."), reply.text());
    }
}
