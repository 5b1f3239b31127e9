package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days asked about and corrections since the eighth round (today is Sunday 6 December 2026): a supposed "today" is the
 * action's date and the other day the one asked about, "what if we renew on ...?" after an answer asks about that day,
 * a stated today or a weekday counted from today is the day asked about, and "no, the 12th" corrects the day only.
 */
class EighthRoundDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("e8", "u-e8", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Redeemed today (supposed), the key works until 6 December 2027.
        "if we redeem this key today, is it still valid on 7 December 2027?|No, on 7 December 2027|6 December 2026",
        "if I activate the code today, will it still work on 30 November 2027?|Yes, on 30 November 2027|6 December 2026",
        "if I redeem my key today, will it still be usable in 13 months?|No, on 6 January 2028|6 December 2026",
        "als we de code vandaag activeren, werkt hij dan nog op 3 januari 2028?|Nee, op 3 januari 2028|6 december 2026",
        "is mijn key over 11 maanden nog geldig als ik hem vandaag inwissel?|Ja, op 6 november 2027|6 december 2026"})
    void aSupposedTodayIsTheActionsDateAndTheOtherDayIsAskedAbout(String question, String answer, String redeemed) {
        Reply reply = say(question);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(answer), reply.text());
        assertTrue(reply.text().contains(redeemed), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Easter 2027 is 28 March; the key works until 2 April 2027.
        "we redeemed the key on 2 April 2026|will it still work next Easter?|Yes, on 28 March 2027|2 April 2026",
        "we redeemed the key on 2 December 2025|does it work this Christmas?|No, on 25 December 2026|2 December 2025",
        "de code is op 2 april 2026 ingewisseld|werkt hij volgende pasen nog?|Ja, op 28 maart 2027|2 april 2026",
        "de code is op 2 maart 2026 ingewisseld|werkt hij morgen nog?|Ja, op 7 december 2026|2 maart 2026"})
    void aDayCountedFromTodayAfterAnAnswerIsAskedAbout(String first, String question, String answer, String redeemed) {
        say(first);

        Reply reply = say(question);

        assertTrue(reply.text().contains(answer), reply.text());
        assertTrue(reply.text().contains(redeemed), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "our renewal start date is 1 April 2027|and if we renew on 30 March?|No, on 30 March 2027|1 April 2027",
        "our renewal start date is 1 April 2027|what if we do it on 3 April?|Yes, on 3 April 2027|1 April 2027",
        "de begindatum van onze verlenging is 1 april 2027|wat als we op 31 maart verlengen?|Nee, op 31 maart 2027|1 april 2027",
        "de begindatum van onze verlenging is 1 april 2027|en als ik het op 2 april doe?|Ja, op 2 april 2027|1 april 2027"})
    void aSupposedActionAfterAnAnswerAsksAboutItsDay(String first, String question, String answer, String start) {
        say(first);

        Reply reply = say(question);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(answer), reply.text());
        assertTrue(reply.text().contains(start), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "today is 12 December. Our benefits expire on 11 December. Can we still redeem keys?|No, on 12 December 2026",
        "our benefits expire tomorrow, can I still redeem keys on Friday?|No, on 11 December 2026",
        "onze voordelen verlopen morgen, kan ik vrijdag nog een key inwisselen?|Nee, op 11 december 2026",
        "vandaag is het 12 december. Onze voordelen verlopen op 11 december. Kunnen we nog inwisselen?|Nee, op 12 december 2026"})
    void theDayAskedAboutInARedeemQuestionIsAnswered(String question, String answer) {
        Reply reply = say(question);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(answer), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "our benefits run out at the end of the year. may I still redeem a key on 28 December?|the end of the year",
        "onze voordelen verlopen aan het einde van het jaar, kan ik op 28 december nog een key inwisselen?|het einde van het jaar"})
    // The end of the year is a part of it, not a day: asked about, and no redemption date is made up.
    void theEndOfTheYearIsNoRedemptionDate(String question, String named) {
        Reply reply = say(question);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(named), reply.text());
        assertFalse(reply.text().contains("28 December 2025") || reply.text().contains("28 december 2025"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we activated the key on 3 June, how long is it valid?|oops, the 5th|5 June 2027",
        "we activated the key on 3 June, how long is it valid?|I meant the 21st actually|21 June 2027",
        "de key is op 3 juni geactiveerd, hoe lang is hij geldig?|sorry, de 5e|5 juni 2027",
        "de key is op 3 juni geactiveerd, hoe lang is hij geldig?|nee, ik bedoelde de 21ste|21 juni 2027"})
    void aCorrectionWithOnlyADayKeepsTheMonth(String first, String correction, String until) {
        say(first);

        Reply reply = say(correction);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we redeemed our key on 9 June 2026 (a Tuesday), does it still work?|Yes, the key is still usable today",
        "our key was redeemed on 2 December 2025 (a Tuesday), is it still valid?|No, the key is no longer usable",
        "de key is op 9 juni 2026 (een dinsdag) ingewisseld, werkt hij nog?|Ja, de sleutel is vandaag nog bruikbaar"})
    // The date's own weekday in brackets confirms it: no day asked about (the coming Tuesday, 8 December).
    void aWeekdayInBracketsIsTheDatesOwn(String question, String answer) {
        Reply reply = say(question);

        assertTrue(reply.text().contains(answer), reply.text());
        assertFalse(reply.text().contains("8 December") || reply.text().contains("8 december"), reply.text());
    }
}
