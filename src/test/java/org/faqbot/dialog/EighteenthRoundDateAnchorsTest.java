package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eighteenth round's dates counted from dates (chat22), in both languages, worded here (today is Monday 7 December
 * 2026): a time counted from an earlier date of the message, another event's date with the asked one only after it,
 * school holidays as spans and a week before a past weekday.
 */
class EighteenthRoundDateAnchorsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl1|de code kreeg ik op 2 februari 2026 binnen en drie dagen daarna heb ik hem ingewisseld; is hij nog goed?|5 februari 2026",
        "nl2|ontvangen op 10 januari 2026, twee weken later ingewisseld. Tot wanneer werkt de productcode?|24 januari 2026",
        "en1|the voucher arrived on 6 February 2026 and I redeemed the product key two weeks later. Does it still work?|20 February 2026",
        "en2|got the email on 3 January 2026, redeemed the key a month after that. When does it stop working?|3 February 2026"})
    // An amount and "later" / "daarna" after a date of the same message is that date and the amount: the bot asked for the day.
    void aSpanAfterAnEarlierDateIsADate(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl3|het pakketje met de code kwam op 9 maart 2026, ik heb hem een tijdje later ingewisseld. Kan ik hem nog gebruiken?|tussen 10 maart 2026 en 7 december 2026",
        "en3|the letter with my key came on 9 March 2026, I redeemed it a little while later. Can I still use it?|between 10 March 2026 and 7 December 2026"})
    // Another event's date with the asked event only "later" is a lower bound, as "after 9 March 2026" is: it was taken
    // for the redemption day itself.
    void anotherEventsDateWithTheFactLaterIsALowerBound(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
        assertTrue(!reply.text().contains("9 maart 2027") && !reply.text().contains("9 March 2027"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl4|ik heb mijn productcode in de meivakantie ingewisseld, is hij nog geldig?|in de meivakantie",
        "nl5|de productcode is tijdens de kerstvakantie ingewisseld, werkt hij nog?|tijdens de kerstvakantie",
        "en4|I redeemed my product key during the Christmas break, is it still valid?|during the Christmas break",
        "en5|my product key was redeemed over spring break, does it still work?|over spring break"})
    // A school holiday is a span of the seasons' one table (not an exact day, so the bot names it and asks for the
    // day): it was not read at all, and the bot asked as if no date had been given.
    void aSchoolHolidayIsASpan(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains("\"" + expected + "\""), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl6|op 10 maart 2026 heb ik mijn productcode ingewisseld. Werkt hij in de herfstvakantie nog?|in oktober 2027 kan dat niet meer",
        "en6|on 10 January 2026 I redeemed my product key. Will it still work during the Christmas break?|1 December 2026"})
    // A school holiday asked about reads the same table, with its months (the coming October, December and January).
    void aSchoolHolidayAskedAboutHasItsMonths(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl7|ik heb de productcode een week voor afgelopen dinsdag ingewisseld, tot wanneer is hij geldig?|24 november 2026",
        "en7|I redeemed my product key a week last Tuesday, until when is it valid?|24 November 2026"})
    // "A week last Tuesday" is the Tuesday a week before last Tuesday (1 December): it was read as last Tuesday.
    void aWeekBeforeAPastWeekday(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl8|de productcode heb ik op 12 april 2026 ingewisseld en daarna meteen geactiveerd; tot wanneer kan ik hem gebruiken?|12 april 2027",
        "en8|on 12 April 2026 I redeemed the product key and activated it right afterwards; until when can I use it?|12 April 2027",
        "nl9|onze voordelen vervallen op 28 februari 2027, wat gebeurt er daarna?|28 februari 2027",
        "en9|our benefits expire on 28 February 2027, and what happens after that?|28 February 2027"})
    // A verb before its own date keeps it: a later time of the same fact ("afterwards", "after that") names nothing new.
    void aVerbsOwnDateStaysBeforeALaterTime(String conversation, String question, String expected) {
        Reply reply = say(conversation, question);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
        assertTrue(!reply.text().contains("\"daarna\"") && !reply.text().contains("\"after that\"")
                && !reply.text().contains("\"afterwards\""), reply.text());
    }
}
