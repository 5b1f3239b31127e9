package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the eighth round left of the days (today is Sunday 6 December 2026): a correction in digits read the way the date
 * it corrects was written, the days counted from a today the user stated, a month's last day, a month of last year and a
 * season in a key question.
 */
class EighthRoundLeftDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("e8l", "u-e8l", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we activated the key on 05/23, how long does it last?|sorry, I meant 07/03|3 July 2026|7 March",
        "we activated the key on 23/05, how long does it last?|sorry, I meant 07/03|7 March 2026|3 July"})
    void aCorrectionInDigitsIsReadTheWayTheDateItCorrectsWasWritten(String first, String correction, String redeemed, String other) {
        say(first);

        Reply reply = say(correction);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(redeemed), reply.text());
        assertFalse(reply.text().contains(other), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "today is 11 December. Our benefits expire on 13 December. May I still redeem a key?|2 days|(11 December 2026)",
        "vandaag is het 11 december. Onze voordelen verlopen op 8 december. Mag ik nog een key inwisselen?|3 dagen|11 december 2026)"})
    void theDaysAreCountedFromTheTodayTheUserStated(String question, String days, String today) {
        Reply reply = say(question);

        assertTrue(reply.text().contains(days), reply.text());
        assertTrue(reply.text().contains(today), reply.text());
        assertFalse(reply.text().contains("6 December 2026") || reply.text().contains("6 december 2026"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we put the key in on the last day of March, does it still work?|31 March 2026",
        "de code is op de laatste dag van juni geactiveerd, werkt hij nog?|30 juni 2026",
        "onze code is van oktober vorig jaar, is hij nog geldig?|oktober vorig jaar",
        "we activated the code in March last year, is it still valid?|March last year"})
    void aMonthsLastDayOrAMonthOfLastYearIsRead(String question, String named) {
        Reply reply = say(question);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(named), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "does my key still work? I put it in around the summer|\"around the summer\"|On what date",
        "werkt mijn code nog? ik heb hem rond de zomer geactiveerd|\"rond de zomer\"|Op welke datum",
        "We redeemed our product key sometime in spring|\"in spring\"|On what date",
        "wij hebben het VS-abonnement ergens in de zomer toegewezen|\"in de zomer\"|Op welke datum"})
    // A season has no edges to count with: the day is asked for, in the user's language.
    void aSeasonAsksForTheDay(String question, String named, String asked) {
        Reply reply = say(question);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().contains(named), reply.text());
        assertTrue(reply.text().contains(asked), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we assigned a VS subscription on 5 September. may we reassign it on 3 December?|No, on 3 December 2026",
        "we assigned a VS subscription on 5 September. may we reassign it on 3 January?|Yes, on 3 January 2027",
        "ons VS-abonnement is op 5 september toegewezen. mogen we het op 2 december opnieuw toewijzen?|Nee, op 2 december 2026"})
    // A day asked about that passed days ago is that day, not the one a year ahead; the reply names the year it took.
    void aDayAskedAboutThatJustPassedIsThatDay(String question, String answer) {
        Reply reply = say(question);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(answer), reply.text());
    }
}
