package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fourteenth round's dates (dates19), in both languages, worded here (today is Monday 7 December 2026): the date of
 * an event no rule counts from (a colleague who left, a contract signed, an invoice) beside the rule's own, a
 * subscription "activated" as the day it was assigned, a weekday of a month that names no single day, and a weekday with
 * its day of the month, which is one date.
 */
class FourteenthRoundDatesTest {

    private static final String VS = "vs_reassign_from";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    /**
     * The assignment is the date of the verb the rule is about: "left the company last week" dates a person leaving, so
     * the reply neither took it for the assignment nor said it chose between two dates.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "l1|I activated Piet's Visual Studio subscription on 4 October; he resigned yesterday. From when may someone else have it?|2027-01-02",
        "l2|we assigned her VS subscription on 4 October and she left the team on 1 December, when can it go to a new hire?|2027-01-02",
        "l3|op 4 oktober heb ik het VS-abonnement van Piet geactiveerd, gisteren is hij vertrokken. Vanaf wanneer mag een ander het hebben?|2027-01-02",
        "l4|haar VS-abonnement is op 4 oktober toegewezen en ze ging op 1 december uit dienst; wanneer kan het naar een nieuwe collega?|2027-01-02",
        "l5|she quit her job last Friday; her VS subscription was assigned on 4 October. When can someone else get it?|2027-01-02",
        "l6|hij heeft vorige week ontslag genomen; zijn VS-abonnement is op 4 oktober toegewezen. Wanneer mag een ander het krijgen?|2027-01-02"})
    void aPersonLeavingDatesNoAssignment(String conversation, String message, LocalDate from) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of(VS), reply.intent(), reply.text());
        assertEquals(Optional.of(from), reply.date(), reply.text());
        assertFalse(reply.text().contains("more than one date") || reply.text().contains("meer dan één datum"), reply.text());
    }

    /** A contract signed or an invoice dated beside the rule's date is no second candidate for it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s1|we signed the contract on 2 September and I gave the VS subscription to Ann on 9 September; when can I reassign it?|2026-12-08|9 September 2026",
        "s2|the invoice says 28 October, I redeemed the key on 30 October. How long can I use it?|2027-10-30|30 October 2026",
        "s3|het contract is op 2 september getekend en ik heb het VS-abonnement op 9 september aan Ann gegeven; wanneer mag ik het opnieuw toewijzen?|2026-12-08|9 september 2026",
        "s4|op de factuur staat 28 oktober, de sleutel heb ik op 30 oktober ingewisseld. Hoe lang kan ik hem gebruiken?|2027-10-30|30 oktober 2026"})
    void aContractOrInvoiceDateIsNoCandidate(String conversation, String message, LocalDate answer, String used) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of(answer), reply.date(), reply.text());
        assertTrue(reply.text().contains(used), reply.text());
        assertFalse(reply.text().contains("more than one date") || reply.text().contains("meer dan één datum"), reply.text());
    }

    /**
     * "Last month on a Wednesday" is four days: answered for all of them with the range and a question for the day,
     * never as last Wednesday (2 December, which is not in last month).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "w1|I assigned the VS subscription on 1 September, can I give it to someone else now?|and the one from last month on a Wednesday?|between 4 November 2026 and 25 November 2026|On what date",
        "w2|ik heb het VS-abonnement op 1 september toegewezen, mag ik het nu aan een ander geven?|en die van woensdag vorige maand?|tussen 4 november 2026 en 25 november 2026|Op welke datum"})
    void aWeekdayOfLastMonthIsAskedFor(String conversation, String first, String followUp, String between, String asks) {
        say(conversation, first);

        Reply reply = say(conversation, followUp);

        assertEquals(Optional.of(VS), reply.intent(), reply.text());
        assertEquals(Optional.empty(), reply.date(), reply.text());
        assertTrue(reply.text().contains(between), reply.text());
        assertTrue(reply.text().contains(asks), reply.text());
        assertFalse(reply.text().contains("2 December") || reply.text().contains("2 december"), reply.text());
    }

    /**
     * "Wednesday the 2nd" is one day: read apart, "the 2nd" was a second date, which the yes/no question took for the day
     * it asked about (the next 2nd, 2 January), and the Dutch weekday was read alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "d1|I assigned the VS subscription on Wednesday the 2nd, can I reassign it in March?|2027-03-02|2 January",
        "d2|het VS-abonnement heb ik toegewezen op woensdag de 2e, mag ik het in maart opnieuw toewijzen?|2027-03-02|moet nog komen"})
    void aWeekdayWithItsDayIsTheAssignmentAlone(String conversation, String message, LocalDate from, String notAsked) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of(VS), reply.intent(), reply.text());
        assertEquals(Optional.of(from), reply.date(), reply.text());
        assertFalse(reply.text().contains(notAsked), reply.text());
    }

    /**
     * "Heb ik toegewezen", "hebben we ingewisseld": the subject after a Dutch auxiliary makes a perfect, which was read as
     * the user's plan in the present ("2 december 2027 moet nog komen"). English puts no subject there; its row guards the
     * same question with the object first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "p1|het VS-abonnement heb ik toegewezen op 2 december, mag ik het opnieuw toewijzen?|2027-03-02|op 2 december 2026",
        "p2|de productcode hebben we ingewisseld op 3 maart, tot wanneer werkt hij?|2027-03-03|op 3 maart 2026",
        "p3|the VS subscription, I assigned it on 2 December; may I reassign it?|2027-03-02|on 2 December 2026"})
    void aDutchPerfectWithItsSubjectAfterTheAuxiliaryIsPast(String conversation, String message, LocalDate answer, String said) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(answer), reply.date(), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
    }

    /**
     * Two words for one day of a plan ("in three weeks", "on 28 December") are one date: the year-less one was compared
     * as first read for a past redemption (28 December 2025), so the reply said it had chosen between two.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "o1|I will need the key in three weeks; if I redeem it on 28 December, how long will it work?|2027-12-28",
        "o2|over drie weken heb ik de sleutel nodig; als ik hem op 28 december inwissel, hoe lang werkt hij dan?|2027-12-28"})
    void oneDaySaidTwiceIsOneDate(String conversation, String message, LocalDate until) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(until), reply.date(), reply.text());
        assertFalse(reply.text().contains("more than one date") || reply.text().contains("meer dan één datum"), reply.text());
    }
}
