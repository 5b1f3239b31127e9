package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The follow-up and routing defects of the seventh exploratory round (today is 6 December 2026): a day asked about in a
 * follow-up taken for the event's date, a fact stated with a question mark sent to another rule, a date given for one
 * rule asked for again by the other rule of the same date, "when then?" after a no, and "where do I find it?" or
 * "I don't remember" while the bot waits for a date.
 */
class SeventhRoundFollowUpTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c7", "u-c7", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed the key on 18 December 2025, does it still work?|how about Christmas?|18 December 2025|25 December 2026",
        "I redeemed the key on 18 December 2025, does it still work?|and what about 2 January?|18 December 2025|2 January 2027",
        "ik heb de sleutel op 18 december 2025 ingewisseld, is hij nog geldig?|en met kerstmis?|18 december 2025|25 december 2026",
        "ik heb de sleutel op 18 december 2025 ingewisseld, is hij nog geldig?|en op 2de kerstdag?|18 december 2025|26 december 2026"})
    void aDayInAFollowUpIsTheDayAskedAbout(String first, String followUp, String redeemed, String asked) {
        say(first);

        Reply reply = say(followUp);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(redeemed) && reply.text().contains(asked), reply.text());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 18)), reply.date(), reply.text());
    }

    @Test
    void anOrdinalInDigitsNamesTheSecondDayOfAHoliday() {
        Reply reply = say("ik heb de sleutel op 2e paasdag 2026 ingewisseld, tot wanneer kan ik hem gebruiken?");

        assertEquals(Optional.of(LocalDate.of(2027, 4, 6)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "VS subscription for Ann, assigned on 12 November?",
        "and the other VS subscription, assigned on 12 November?"})
    void anAssignmentStatedWithAQuestionMarkCountsItsNinetyDays(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 10)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My benefits expire on 10 April 2027. Until when can I redeem product keys?|and our VS subscriptions?|user_assignment_grace_until|2027-05-10",
        "Onze voordelen vervallen op 10 april 2027. Tot wanneer kunnen we de Visual Studio-abonnementen gebruiken?"
            + "|en de productcodes inwisselen?|redeem_deadline|2027-04-10"})
    void theOtherRuleOfTheSameDateTakesTheDateGiven(String first, String followUp, String rule, String date) {
        say(first);

        Reply reply = say(followUp);

        assertEquals(Optional.of(rule), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(date)), reply.date(), reply.text());
        // One date given, kept for both rules' facts, is not "more than one date".
        assertFalse(reply.text().contains("more than one date") || reply.text().contains("meer dan één datum"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I assigned the VS subscription to Bob on 20 October. May I give it to someone else now?|and from when, then?",
        "Ik heb het VS-abonnement op 20 oktober aan Bob toegewezen. Mag ik het nu aan een ander geven?|wanneer mag het dan wel?",
        "Ik heb het VS-abonnement op 20 oktober aan Bob toegewezen. Mag ik het nu aan een ander geven?|en tot wanneer dan?"})
    void whenThenAfterANoGivesTheRulesDate(String first, String followUp) {
        say(first);

        Reply reply = say(followUp);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 18)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "when can we renew our membership?|where can we look that up?|Membership Offers",
        "wanneer kunnen we ons lidmaatschap verlengen?|waar kunnen we die datum nakijken?|Lidmaatschapsaanbiedingen"})
    void whereToFindTheAwaitedDateQuotesTheFaqSentence(String first, String followUp, String where) {
        say(first);

        Reply reply = say(followUp);

        assertTrue(reply.text().contains(where), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "when can we renew our membership?|sorry, I can't recall it|Membership Offers|What is your renewal start date",
        "wanneer kunnen we ons lidmaatschap verlengen?|geen flauw idee|Lidmaatschapsaanbiedingen|Wat is de begindatum",
        "until when can I use my product key?|hmm I do not know|/cancel|On what date did you redeem"})
    void notHavingTheDateGetsWhereItIsAndHowToDropTheQuestion(String first, String answer, String where, String question) {
        say(first);

        Reply reply = say(answer);

        assertTrue(reply.text().contains(where) && reply.text().contains("/cancel"), reply.text());
        assertFalse(reply.text().contains(question), reply.text());
    }
}
