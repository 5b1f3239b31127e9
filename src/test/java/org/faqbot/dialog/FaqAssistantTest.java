package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class FaqAssistantTest {

    private static final String RENEW_BENEFITS = "benefits-faq#q-how-do-i-renew-my-benefits";
    private static final String CUSTOMER_LICENSE = "benefits-faq#q-can-i-activate-the-license-on-my-customers-account";

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock);

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void dutchQuestionGetsDutchAnswer() {
        Reply reply = say("c1", "Hoe kan ik mijn partnervoordelen vernieuwen?");

        assertEquals(ReplyType.FAQ, reply.type());
        assertEquals(Optional.of(RENEW_BENEFITS), reply.faqId());
        assertEquals(Lang.NL, reply.lang());
        assertTrue(reply.text().contains("Partnercentrum-dashboard"), reply.text());
        assertEquals(Optional.of("https://docs.microsoft.com/nl-nl/partner-center/benefits-faq#q-how-do-i-renew-my-benefits"), reply.sourceUrl());
    }

    @Test
    void englishQuestionGetsEnglishAnswer() {
        Reply reply = say("c1", "Am I allowed to install the demo licences at a client site?");

        assertEquals(Optional.of(CUSTOMER_LICENSE), reply.faqId());
        assertEquals(Lang.EN, reply.lang());
    }

    @Test
    void outOfDomainQuestionFallsBackInItsLanguage() {
        Reply reply = say("c1", "Welke film draait er vanavond in de bioscoop?");

        assertEquals(ReplyType.FALLBACK, reply.type());
        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.empty(), reply.faqId());
    }

    @Test
    void greetingGetsSmallTalkNotAnEntry() {
        Reply reply = say("c1", "hallo");

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertEquals(Lang.NL, reply.lang());
    }

    @Test
    void redeemedKeyIsValidForOneYear() {
        Reply reply = say("c1", "I redeemed my product key on 1 December 2020. Until when can I use it?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
        assertTrue(reply.text().contains("1 December 2021"), reply.text());
    }

    @Test
    void yesNoQuestionGetsItsAnswer() {
        Reply reply = say("c1", "Mijn sleutel heb ik op 3 januari 2020 ingewisseld. Kan ik hem nog gebruiken?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("3 januari 2021"), reply.text());
    }

    @Test
    void missingFactIsAskedForAndTheNextMessageGivesIt() {
        say("c1", "Until when can I still redeem my keys?");

        Reply reply = say("c1", "They expire on 31 August");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 31)), reply.date());
    }

    @Test
    void correctionReplacesTheEarlierDate() {
        say("c1", "I assigned a Visual Studio subscription on 1 March 2021. When may I give it to someone else?");

        Reply reply = say("c1", "sorry, I meant 5 March");

        assertEquals(Optional.of(LocalDate.of(2021, 6, 3)), reply.date());
    }

    @Test
    void cancelDropsThePendingQuestion() {
        say("c1", "Hoe lang blijft mijn productcode nog geldig?");

        Reply cancelled = say("c1", "laat maar");
        Reply later = say("c1", "12 maart");

        assertEquals(ReplyType.SMALLTALK, cancelled.type());
        assertEquals(Optional.empty(), later.intent());
    }

    @Test
    void unrelatedQuestionIsAnsweredAndDropsThePendingOne() {
        say("c1", "Until when is my product key valid?");

        Reply switched = say("c1", "Can I activate the license on my customer's account?");
        Reply later = say("c1", "12 March");

        assertEquals(Optional.of(CUSTOMER_LICENSE), switched.faqId());
        assertFalse(later.date().isPresent());
    }

    @Test
    void pendingQuestionExpiresAfterFifteenMinutes() {
        say("c1", "Until when can I use my product key?");
        clock.advance(java.time.Duration.ofMinutes(16));

        Reply later = say("c1", "12 March");

        assertEquals(Optional.empty(), later.date());
    }

    @Test
    void impossibleDateGetsAFriendlyDutchExplanation() {
        Reply reply = say("c1", "Ik heb mijn productcode op 31-02-2021 ingewisseld, tot wanneer is die geldig?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Lang.NL, reply.lang());
        assertTrue(reply.text().contains("31-02-2021"), reply.text());
        assertEquals(Optional.empty(), reply.date());
    }

    @Test
    void ambiguousEnglishDateIsAskedAboutWithBothReadings() {
        Reply asked = say("c1", "I redeemed the key on 03/04/2021. Until when can I use it?");

        Reply chosen = say("c1", asked.choices().get(1).payload());

        assertEquals(ReplyType.CLARIFY, asked.type());
        assertEquals(2, asked.choices().size());
        assertEquals(ReplyType.RULE, chosen.type());
    }

    @Test
    void keyStaysUsableAfterBenefitsExpire() {
        Reply reply = say("c1", "I redeemed my key on 1 December 2020 and my benefits expire on 31 January 2021. Until when can I use the key?");

        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
        assertTrue(reply.text().contains("31 January 2021"), reply.text());
    }

    @Test
    void generalQuestionAboutExpiryIsAnFaqAnswer() {
        Reply reply = say("c1", "What does the benefit expiry date mean?");

        assertEquals(ReplyType.FAQ, reply.type());
        assertEquals(Optional.empty(), reply.date());
    }

    @Test
    void commandsWorkInTheConsoleToo() {
        Reply start = say("c1", "/start");
        Reply topics = say("c1", "/topics");

        assertEquals(3, start.choices().size());
        assertEquals(4, topics.choices().size());
    }

    @Test
    void langChoiceSticksForUnclearMessages() {
        say("c1", "/lang nl");

        Reply reply = say("c1", "ok");

        assertEquals(Lang.NL, reply.lang());
    }

    @Test
    void suggestionButtonAnswersThatEntry() {
        Reply start = say("c1", "/start");

        Reply answered = say("c1", start.choices().get(0).payload());

        assertEquals(ReplyType.FAQ, answered.type());
    }

    @Test
    void farYearGetsAFriendlyExplanation() {
        Reply reply = say("c1", "I redeemed my product key on 1 January 1899. Until when can I use it?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertTrue(reply.text().contains("2000 to 2100"), reply.text());
    }

    @Test
    void twoDatesForOneFactUseTheLastAndSaySo() {
        Reply reply = say("c1", "I redeemed the key on 3 March 2021, no wait, on 5 March 2021. Until when is it valid?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 5)), reply.date());
        assertTrue(reply.text().contains("5 March 2021"), reply.text());
        assertTrue(reply.text().contains("I used \"5 March 2021\" as the date you redeemed the product key"), reply.text());
    }

    @Test
    void twoDutchDatesForOneFactSayWhichWasUsed() {
        Reply reply = say("c1", "Ik heb de sleutel op 2 februari 2021 ingewisseld, nee sorry, op 12 februari 2021. Tot wanneer kan ik hem gebruiken?");

        assertEquals(Optional.of(LocalDate.of(2022, 2, 12)), reply.date());
        assertTrue(reply.text().contains("\"12 februari 2021\""), reply.text());
    }

    @Test
    void theSameDayWrittenTwiceIsNotTwoDates() {
        Reply reply = say("c1", "I redeemed the key on 5 March 2021 (2021-03-05). Until when is it valid?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 5)), reply.date());
        assertFalse(reply.text().contains("more than one date"), reply.text());
    }

    @Test
    void factGivenInTheNextMessageWithoutYearIsTheMostRecentPastDate() {
        say("c1", "Until when can I use my product key?");

        Reply reply = say("c1", "I redeemed it the 3rd of March this year");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), reply.date());
    }

    @Test
    void daysLeftAreCountedFromToday() {
        Reply reply = say("c1", "My benefits expire on 25 June 2021. What is the last day to redeem my keys?");

        assertTrue(reply.text().contains("10 days"), reply.text());
    }

    @Test
    void passedDeadlineSaysWhatToDo() {
        Reply reply = say("c1", "Our benefits expired on 1 June 2021. Can I still redeem my keys?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("Renew your membership first"), reply.text());
    }

    @Test
    void readmeAskBackExampleWithABareKeyAsksForTheDateAndTakesItNext() {
        Reply first = say("c1", "Until when can I use my key?");
        Reply second = say("c1", "on 3 March");

        assertEquals(Optional.of("key_valid_until"), first.intent());
        assertTrue(first.text().contains("On what date did you redeem the product key?"), first.text());
        assertEquals(ReplyType.RULE, second.type());
        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), second.date());
    }

    @Test
    void dutchBareKeyQuestionAsksForTheDateAndTakesItNext() {
        Reply first = say("c1", "Hoelang kan ik mijn sleutel nog gebruiken?");
        Reply second = say("c1", "op 3 maart");

        assertEquals(Optional.of("key_valid_until"), first.intent());
        assertTrue(first.text().contains("Op welke datum heb je de productcode ingewisseld?"), first.text());
        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), second.date());
    }

    @Test
    void personalExpiryQuestionWithoutADateAsksForTheRedeemDate() {
        Reply reply = say("c1", "When do my keys expire?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertTrue(reply.text().contains("On what date did you redeem the product key?"), reply.text());
    }

    @Test
    void canIStillActivateWithoutADateAsksForTheExpiryDate() {
        Reply english = say("c1", "Can we still activate our benefits?");
        Reply dutch = say("c2", "Kunnen we onze voordelen nog activeren?");

        assertEquals(Optional.of("redeem_deadline"), english.intent());
        assertTrue(english.text().contains("What is your benefit expiry date"), english.text());
        assertEquals(Optional.of("redeem_deadline"), dutch.intent());
        assertTrue(dutch.text().contains("Wat is de vervaldatum van je voordelen"), dutch.text());
    }

    @Test
    void yesNoQuestionWithAWhenClauseStaysAnFaqQuestion() {
        Reply reply = say("c1", "Should I check my subscriptions when the portal says they are expiring?");

        assertEquals(Optional.empty(), reply.intent());
    }

    /**
     * "Already" in the story before the question, "nog iets" (anything else), or a question about what a
     * customer may still do, or by when Microsoft must act, asks nothing about the user's own dates.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "We already assigned a Visual Studio subscription to a developer. Does she have to sign in somewhere?",
        "Ik heb een Visual Studio-abonnement aan een collega toegewezen. Moet zij daarna nog iets doen?",
        "Can a customer still renew the licences we sold them without us?",
        "Onze aanvraag voor de voordelen staat al weken open. Wanneer moet Microsoft die uiterlijk goedkeuren?",
        "Until when can a customer still cancel the subscription we renewed for them?"})
    void aNowWordOutsideTheQuestionLeavesItAnFaqQuestion(String text) {
        Reply reply = say("c1", text);

        assertEquals(Optional.empty(), reply.intent(), reply.text());
    }

    @Test
    void daysLeftRightAfterARuleAnswerUseThatAnswersDate() {
        say("c1", "I redeemed my product key on 1 December 2020.");

        Reply reply = say("c1", "How many days do I have left?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
        assertTrue(reply.text().startsWith("I am going by the date you gave me earlier."), reply.text());
        assertTrue(reply.text().contains("You redeemed the product key on 1 December 2020, so you can use it until 1 December 2021."), reply.text());
        assertEquals(1, reply.text().split("1 December 2020", -1).length - 1, "the date is said once: " + reply.text());
        assertTrue(reply.text().contains("169 days from today"), reply.text());
    }

    /** "it", "hij", "die" in a date question right after a rule's answer point at that answer's subject. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"When does it expire?", "And when does it run out?",
            "Wanneer verloopt hij?", "Tot wanneer is die geldig?", "Wanneer verloopt het?"})
    void aDateQuestionPointingBackUsesTheRuleJustAnswered(String followUp) {
        say("c1", "I redeemed my product key on 1 December 2020.");

        Reply reply = say("c1", followUp);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
    }

    @Test
    void aDateQuestionPointingBackWithNothingBeforeIsNotARuleAnswer() {
        Reply reply = say("c1", "When does it expire?");

        assertNotEquals(ReplyType.RULE, reply.type(), reply.text());
    }

    @Test
    void dutchDaysLeftFollowUpUsesTheConversationsDateAndCanBeAskedTwice() {
        say("c1", "Onze voordelen verlopen op 31 augustus 2021.");

        Reply first = say("c1", "hoeveel dagen hebben we nog?");
        Reply again = say("c1", "en hoeveel dagen heb ik dan nog?");

        assertEquals(Optional.of("redeem_deadline"), first.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 31)), first.date());
        assertEquals(Lang.NL, first.lang());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 31)), again.date());
    }

    @Test
    void daysLeftWithoutAnyKnownDateAsksWhichDateIsMeant() {
        Reply english = say("c1", "How many days do I have left?");
        Reply dutch = say("c2", "Hoeveel dagen heb ik nog?");

        assertEquals(ReplyType.CLARIFY, english.type());
        assertTrue(english.text().startsWith("Which date should I count the days for?"), english.text());
        assertTrue(english.text().contains("your benefit expiry date"), english.text());
        assertEquals(ReplyType.CLARIFY, dutch.type());
        assertTrue(dutch.text().startsWith("Voor welke datum moet ik de dagen tellen?"), dutch.text());
    }

    @Test
    void daysLeftOfSomethingElseStillFallsBack() {
        Reply reply = say("c1", "How many days of holiday do I have left?");

        assertEquals(ReplyType.FALLBACK, reply.type());
    }

    @Test
    void futureDateForAKeyAlreadyRedeemedOffersTheYearBefore() {
        Reply reply = say("c1", "I redeemed my product key on 1 December 2021. Until when is it valid?");
        Reply chosen = say("c1", "/date 2020-12-01");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Optional.empty(), reply.date());
        assertEquals("1 December 2021 is still to come, but the date you redeemed the product key has already passed."
                + " Did you mean 1 December 2020?", reply.text());
        assertEquals("/date 2020-12-01", reply.choices().get(0).payload());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), chosen.date());
    }

    @Test
    void relativeFutureDateForAPastAssignmentAsksToCheckInDutch() {
        Reply reply = say("c1", "Ik heb het Visual Studio-abonnement volgende week maandag toegewezen. Wanneer mag ik het opnieuw toewijzen?");
        Reply corrected = say("c1", "sorry, op 1 juni 2021");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Lang.NL, reply.lang());
        assertTrue(reply.text().contains("moet nog komen, terwijl de datum waarop je het Visual Studio-abonnement hebt toegewezen al voorbij is."
                + " Wil je de datum controleren?"), reply.text());
        assertTrue(reply.choices().isEmpty());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 30)), corrected.date());
    }

    @Test
    void yesAcceptsTheSuggestedYearBefore() {
        say("c1", "Ik heb mijn productcode op 1 december 2021 ingewisseld.");

        Reply reply = say("c1", "ja, klopt");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
    }

    @Test
    void plannedRedemptionIsComputedFromTheDateGivenAndWordedAsAPlan() {
        Reply reply = say("c1", "If we redeem the product key next Monday, until when will it work?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(LocalDate.of(2022, 6, 21)), reply.date());
        assertTrue(reply.text().startsWith("If you redeem the product key on 21 June 2021, you can use it until 21 June 2022."), reply.text());
    }

    @Test
    void supposedRedemptionWithoutAYearTakesTheNextSuchDayInDutch() {
        Reply reply = say("c1", "Stel dat ik de productcode op 1 juni inwissel, tot wanneer is hij dan geldig?");

        assertEquals(Optional.of(LocalDate.of(2023, 6, 1)), reply.date());
        assertTrue(reply.text().startsWith("Als je de productcode op 1 juni 2022 inwisselt"), reply.text());
    }

    @Test
    void plannedAssignmentGivesTheReassignmentDate() {
        Reply reply = say("c1", "Als ik het Visual Studio-abonnement morgen toewijs, wanneer mag het dan naar iemand anders?");

        assertEquals(Optional.of("vs_reassign_from"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 9, 14)), reply.date());
    }

    @Test
    void correctedDeadlineWithoutAYearIsTheNextOne() {
        say("c1", "What is the last day I can redeem keys?");
        Reply first = say("c1", "Our benefits expire on 3 March.");

        Reply corrected = say("c1", "sorry, I meant 4 April");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), first.date());
        assertEquals(Optional.of(LocalDate.of(2022, 4, 4)), corrected.date());
    }

    @Test
    void deadlineWithoutAYearNamedByAnUnknownWordIsTheNextOneInDutch() {
        Reply reply = say("c1", "In het portaal staat bij onze voordelen de datum 20 januari. Wat is de laatste dag om codes in te wisselen?");

        assertEquals(Optional.of("redeem_deadline"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 20)), reply.date());
    }

    @Test
    void questionOfDateAndYesNoGetsBoth() {
        Reply reply = say("c1", "My product key was redeemed on 2 May 2020. Until when is it good, and can I still use it today?");

        assertEquals(Optional.of(LocalDate.of(2021, 5, 2)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, the key is no longer usable.**"), reply.text());
    }

    @Test
    void dutchQuestionOfDateAndYesNoJoinedByEnGetsBoth() {
        Reply reply = say("c1", "Mijn code is op 2 mei 2021 ingewisseld. Tot wanneer werkt hij en kan ik hem nu nog gebruiken?");

        assertEquals(Optional.of(LocalDate.of(2022, 5, 2)), reply.date());
        assertEquals(Optional.of(true), reply.ok());
    }

    @Test
    void subscriptionOfSomeoneWhoLeavesGoesToTheReassignmentRule() {
        Reply english = say("c1", "Our designer has had a Visual Studio subscription since 1 March, but she is leaving. May I give it to her successor now?");
        Reply dutch = say("c2", "Pieter heeft sinds 10 mei een Visual Studio-abonnement, maar hij gaat uit dienst. Kan ik het al aan zijn vervanger geven?");

        assertEquals(Optional.of("vs_reassign_from"), english.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 5, 30)), english.date());
        assertEquals(Optional.of(true), english.ok());
        assertEquals(Optional.of("vs_reassign_from"), dutch.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 8)), dutch.date());
        assertEquals(Optional.of(false), dutch.ok());
    }

    @Test
    void firstDayQuestionTakesTheRenewalStartFromAStatementThatFollows() {
        Reply question = say("c1", "Wat is de eerste dag waarop we ons lidmaatschap kunnen vernieuwen?");

        Reply answer = say("c1", "ik denk dat de verlengperiode overmorgen begint");

        assertEquals(Optional.of("renewal_open_from"), question.intent());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 17)), answer.date());
    }
}
