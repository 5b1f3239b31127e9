package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eighteenth round's date defects (chat21), dates as people write them, in both languages, worded here (today is
 * Monday 7 December 2026): holidays after "na" and as weekends, a plan after a holiday, a month with a yes/no question in
 * one message, the seasons' one table and the end of a quarter.
 */
class EighteenthRoundDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl1|mijn productcode heb ik pas na oud en nieuw ingewisseld, werkt hij nog?|tussen 2 januari 2026 en 7 december 2026",
        "en1|the product key was redeemed after carnival this year, does it still work?|between 18 February 2026 and 7 December 2026"})
    // A holiday of several days after "na" / "after" lies after its last day, as after a single day; the word was dropped.
    void afterAHolidayOfSeveralDaysLiesAfterItsLastDay(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl2|stel dat ik de productcode pas na Pasen activeer, hoe lang werkt hij dan?|op of na 29 maart 2028",
        "en2|suppose I only redeem the product key after Whit Sunday, how long will it work?|on or after 17 May 2028"})
    // A plan after a holiday has an open end, but its first day still gives the first date the rule may give.
    void aPlanAfterAHolidayGivesTheFirstDate(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl3|volgens mij was het in december 2025 dat ik die productcode inwisselde; kan ik hem nog gebruiken?|tussen 1 december 2026 en 31 december 2026",
        "en3|my guess is that I redeemed that product key in December 2025. Can I still use it?|between 1 December 2026 and 31 December 2026"})
    // A month whose days leave today open, with the yes/no question in the same message, gives the range of last days and
    // says today depends on the day, as "until when?" of the month does, instead of a bare question for the day.
    void aMonthWithAYesNoQuestionGivesTheRange(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl4|op 10 maart 2026 heb ik mijn productcode ingewisseld. Werkt hij in de zomervakantie nog?|van 1 juli 2027 tot en met 31 augustus 2027",
        "en4|on 10 March 2026 I redeemed my product key. Will it still work in the summertime?|from 1 June 2027 to 31 August 2027"})
    // The question about a season reads nlu's one table of seasons, with their months: the school summer holiday and
    // "summertime" were read by the date reader but were no season asked about.
    void aSeasonAskedAboutReadsTheOneTable(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl5|onze voordelen lopen eind volgend kwartaal af, tot wanneer kunnen we nog inwisselen?|tussen 1 maart 2027 en 31 maart 2027",
        "en5|our benefits expire at the end of next quarter, until when can we still redeem?|between 1 March 2027 and 31 March 2027"})
    // "The end of next quarter" is its last month, as "the end of next year" is a part of the year: it was the whole quarter.
    void theEndOfAQuarterIsItsLastMonth(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl6|in het pinksterweekend heb ik de productcode ingewisseld, tot wanneer werkt hij?|tussen 23 mei 2026 en 25 mei 2026",
        "en6|I redeemed the product key during the Easter weekend, until when does it work?|between 3 April 2026 and 6 April 2026",
        "en7|I redeemed the product key shortly after Ascension, until when does it work?|between 15 May 2026 and 7 December 2026"})
    // Easter's and Whitsun's weekends are their days, and "Ascension" alone is Ascension Day: they were no date at all.
    void holidayWeekendsAndAscensionAreDays(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl8|hoe lang blijft mijn productcode werken?|ik heb hem op 3 maart 2026 ingewisseld|nee, de 2e, dat weet ik bijna zeker|2 maart 2027",
        "en8|how long will my product key keep working?|I redeemed it on 3 March 2026|or the 2nd, I'm not quite sure|2 March 2027"})
    // Another day alone right after an answer from a date is a day of that date's month and year, not of this month.
    void anotherDayAloneIsOfTheDateAnswered(String conversation, String question, String date, String day, String expected) {
        say(conversation, question);
        say(conversation, date);

        Reply reply = say(conversation, day);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl9|tot wanneer werkt mijn productcode?|de mail met de code kwam op 4 maart 2026, ingewisseld heb ik hem wat later|4 maart 2027|tussen 5 maart 2027 en 7 december 2027",
        "en9|until when does my product key work?|I received the key on 4 March 2026 and redeemed it a while after that|4 March 2027|between 5 March 2027 and 7 December 2027"})
    // The month inside another event's date is that date's, no month given for the fact: it answered from all of March.
    // Since chat22 "a while after that" is read as a time after that date, a lower bound answered as "after" is.
    void aMonthInsideAnotherEventsDateIsNoMonthOfTheFact(String conversation, String question, String answer, String wrong, String expected) {
        say(conversation, question);

        Reply reply = say(conversation, answer);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
        assertFalse(reply.text().contains(wrong), reply.text());
    }
}
