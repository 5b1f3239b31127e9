package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Named days and years in the dialogue since the seventh round (today is 6 December 2026): a named day the bot cannot
 * place is asked about, a year alone or named from today corrects the date just given, a holiday after an answer is the
 * day asked about, and "before" a holiday asks about its eve.
 */
class NamedDayQuestionsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("n1", "u-n1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "our product key was activated during Ramadan, how long does it keep working?|Ramadan|date did you redeem",
        "we redeemed the code around Diwali, when does it stop working?|Diwali|date did you redeem",
        "de productcode is rond het Suikerfeest geactiveerd, hoe lang werkt die nog?|Suikerfeest|datum heb je",
        "met Chinees Nieuwjaar hebben we de sleutel ingewisseld, tot wanneer blijft hij geldig?|Chinees Nieuwjaar|datum heb je"})
    void aNamedDayThatCannotBePlacedIsAskedFor(String question, String day, String asks) {
        Reply reply = say(question);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("\"" + day + "\"") && reply.text().contains(asks), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we redeemed the code on 12 May, how long does it keep working?|ah no, it was in Ramadan|\"Ramadan\"",
        "de code is op 12 mei ingewisseld, hoe lang blijft hij werken?|nee, dat was met Chinees Nieuwjaar|\"Chinees Nieuwjaar\""})
    void aCorrectionToADayThatCannotBePlacedAsksForTheDate(String first, String correction, String day) {
        say(first);

        Reply reply = say(correction);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().contains(day), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we activated the code on 14 April, how long does it keep working?|oh sorry, that was last year|2026-04-14",
        "we activated the code on 14 April, how long does it keep working?|it was 2024|2025-04-14",
        "de code is op 14 april geactiveerd, hoe lang blijft hij werken?|oeps, dat was vorig jaar|2026-04-14",
        "de code is op 14 april geactiveerd, hoe lang blijft hij werken?|dat was in 2024|2025-04-14",
        "de code is op 14 april geactiveerd, hoe lang blijft hij werken?|het was vorige jaar|2026-04-14"})
    // The reply's date is the key's last day, a year after the redemption the correction means.
    void aYearAloneCorrectsTheDateJustGiven(String first, String correction, String expectedEnd) {
        say(first);

        Reply reply = say(correction);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(expectedEnd)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we activated the code on 20 January 2026, how long does it keep working?|and around New Year?|1 January 2027|2027-01-20",
        "we activated the code on 20 January 2026, how long does it keep working?|what about New Year's Eve?|31 December 2026|2027-01-20",
        "we activated the code on 20 January 2026, how long does it keep working?|how about Christmas?|25 December 2026|2027-01-20",
        "de code is op 20 januari 2026 geactiveerd, hoe lang blijft hij werken?|en rond oud en nieuw?|1 januari 2027|2027-01-20",
        "de code is op 20 januari 2026 geactiveerd, hoe lang blijft hij werken?|en met nieuwjaar?|1 januari 2027|2027-01-20",
        "de code is op 20 januari 2026 geactiveerd, hoe lang blijft hij werken?|hoe zit het met kerst?|25 december 2026|2027-01-20"})
    // After an "until when" answer, a holiday on its own is the day asked about; the key's date and last day stay.
    void aHolidayAfterAnAnswerIsTheDayAskedAbout(String first, String followUp, String day, String expectedEnd) {
        say(first);

        Reply reply = say(followUp);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(expectedEnd)), reply.date(), reply.text());
        assertTrue(reply.text().contains(day) && reply.text().contains("20"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we activated the code on 2 January 2026, will it still work before Christmas?|24 December 2026|true",
        "we activated the code on 20 December 2025, will it still work before Christmas?|24 December 2026|false",
        "de code is op 2 januari 2026 geactiveerd, werkt hij voor kerst nog?|24 december 2026|true",
        "de code is op 20 december 2025 geactiveerd, werkt hij voor kerst nog?|24 december 2026|false"})
    void beforeAHolidayAsksAboutItsEve(String question, String day, boolean ok) {
        Reply reply = say(question);

        assertTrue(reply.text().contains(day), reply.text());
        assertEquals(Optional.of(ok), reply.ok(), reply.text());
    }
}
