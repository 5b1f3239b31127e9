package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eleventh exploratory round's asked day without an "if" (today is Sunday 6 December 2026): a date beside the done
 * verb ("assigned on", "ingewisseld op") dates the fact, one beside the rule's own action ("reassign it on", "gebruiken
 * op") is the day asked about, in either order; and "and on <day>?" after such an answer asks about that day with the
 * same fact's date. Worded here, not taken from the evaluation cases or the round's report.
 */
class EleventhRoundActionDayTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String conversation, String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:" + conversation, "tg:u" + conversation, text, Optional.of(lang), Optional.empty()));
    }

    // Assigned 20 September 2026: reassignable from 19 December 2026. Redeemed 15 November 2025: usable until 15 November 2026.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a|EN|VS assigned on 20 Sep, reassign it on 10 Dec possible?|2026-12-19|false|on 10 December 2026",
        "b|EN|the VS sub got assigned on 2026-09-20 so can I reassign on 2026-12-22?|2026-12-19|true|on 22 December 2026",
        "c|EN|can I reassign on 10 Dec, the VS sub assigned on 20 Sep?|2026-12-19|false|on 10 December 2026",
        "d|EN|product key redeemed 15 Nov 2025, use it on 2 Nov?|2026-11-15|true|on 2 November 2026",
        "e|NL|productcode ingewisseld op 15 november 2025, gebruiken op 20 november?|2026-11-15|false|op 20 november 2026",
        "f|NL|VS toegewezen op 20 september, opnieuw toewijzen op 10 december mogelijk?|2026-12-19|false|op 10 december 2026",
        "g|NL|opnieuw toewijzen op 22 december, VS toegewezen op 20 september, kan dat?|2026-12-19|true|op 22 december 2026",
        "h|NL|VS op 20 september toegewezen, mag ik hem op 10 december herverdelen?|2026-12-19|false|op 10 december 2026"})
    void theActionsDayIsAskedAndTheDoneVerbsDayIsTheFact(String conversation, Lang lang, String text, String ruleDay, boolean ok,
            String askedDay) {
        Reply reply = say(conversation, text, lang);

        assertEquals(Optional.of(LocalDate.parse(ruleDay)), reply.date(), reply.text());
        assertEquals(Optional.of(ok), reply.ok(), reply.text());
        assertTrue(reply.text().startsWith("**") && reply.text().contains(askedDay), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "o|EN|VS sub assigned on 2026-09-06 can I reassign on 2026-12-05?|and on 2026-12-07?|on 7 December 2026",
        "p|NL|VS toegewezen op 6 september, opnieuw toewijzen op 5 december mogelijk?|en op 7 december?|op 7 december 2026"})
    // The answer without an "if" keeps the assignment for the next day asked about.
    void andOnADayAfterAnActionsDayKeepsTheFact(String conversation, Lang lang, String first, String followUp, String askedDay) {
        say(conversation, first, lang);

        Reply reply = say(conversation, followUp, lang);

        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), reply.date(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains(askedDay), reply.text());
    }

    // After a question that named its day, a day gone by is the same question a day earlier, from the same assignment.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i|EN|may I reassign the VS subscription on 5 December if I assigned it on 6 September?|and on 2026-12-04?|on 4 December 2026",
        "j|NL|VS op 6 september toegewezen, kan ik hem op 5 december herverdelen?|en op 4 december?|op 4 december 2026"})
    void andOnADayGoneByAfterANamedDayIsAskedAboutThatDay(String conversation, Lang lang, String first, String followUp, String askedDay) {
        Reply answer = say(conversation, first, lang);
        assertEquals(Optional.of(true), answer.ok(), answer.text());

        Reply reply = say(conversation, followUp, lang);

        // Assigned 6 September 2026: reassignable from 5 December 2026, so not yet on 4 December.
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), reply.date(), reply.text());
        assertEquals(Optional.of(false), reply.ok(), reply.text());
        assertTrue(reply.text().contains(askedDay), reply.text());
    }

    // A yearless day in the follow-up is the one since the assignment, as in the question itself, not next year's.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "q|EN|I assigned VS on 2 July. can I reassign it on 2 October?|and on 29 September?|on 29 September 2026",
        "r|NL|VS heb ik op 2 juli toegewezen. Mag ik hem op 2 oktober herverdelen?|en op 29 september?|op 29 september 2026"})
    void aYearlessFollowUpDayIsTheOneSinceTheFact(String conversation, Lang lang, String first, String followUp, String askedDay) {
        say(conversation, first, lang);

        Reply reply = say(conversation, followUp, lang);

        // Assigned 2 July 2026: reassignable from 30 September 2026, so not yet on 29 September 2026.
        assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), reply.date(), reply.text());
        assertEquals(Optional.of(false), reply.ok(), reply.text());
        assertTrue(reply.text().contains(askedDay), reply.text());
    }

    // After a question about today ("still usable?") the same form is a new date of the thing, as before.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "k|EN|we redeemed our key on 2 February 2026, is it still usable?|and on 3 March 2026?",
        "l|NL|onze key hebben we op 2 februari 2026 ingewisseld, is hij nog bruikbaar?|en op 3 maart 2026?"})
    void andOnADayGoneByAfterAStillIsANewDateOfTheThing(String conversation, Lang lang, String first, String followUp) {
        say(conversation, first, lang);

        Reply reply = say(conversation, followUp, lang);

        assertEquals(Optional.of(LocalDate.of(2027, 3, 3)), reply.date(), reply.text());
    }

    // L1: a membership that ended some time ago is the renewal rule's date, not a day asked about.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "m|EN|can we still renew if our membership expired 6 weeks ago?|2026-10-25",
        "n|NL|kunnen we nog verlengen als ons lidmaatschap 3 weken geleden verlopen is?|2026-11-15"})
    void aMembershipThatEndedAgoIsTheRenewalDate(String conversation, Lang lang, String text, String renewalStart) {
        Reply reply = say(conversation, text, lang);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(renewalStart)), reply.date(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
    }
}
