package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Named days read since the seventh round: those with a rule of their own (Moederdag, Father's Day, carnaval, Ash
 * Wednesday), "New Year" after a preposition, and days whose date the bot cannot work out, which are read as such rather
 * than passed over. Today is Sunday 6 December 2026.
 */
class NamedDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final DateExtractor extractor = new DateExtractor();

    private List<DateMention> read(String lang, String text, YearlessPolicy policy) {
        return extractor.extract(text, Lang.valueOf(lang), TODAY, policy);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // The second Sunday of May, the third of June, in both countries.
        "NL|we hebben de code met moederdag 2025 geactiveerd|2025-05-11",
        "EN|we activated the code on Mother's Day 2025|2025-05-11",
        "NL|op vaderdag 2024 heb ik hem ingewisseld|2024-06-16",
        "EN|I redeemed it on Fathers Day 2024|2024-06-16",
        // Ash Wednesday is 46 days before Easter (5 April 2026); Shrove Tuesday the day before.
        "NL|op aswoensdag 2026 ingewisseld|2026-02-18",
        "EN|redeemed on Shrove Tuesday 2026|2026-02-17",
        // Without a year: the last one for a past event.
        "NL|ik heb mijn sleutel met moederdag geactiveerd|2026-05-10",
        "EN|my colleague activated hers on father's day|2026-06-21"})
    void aNamedDayWithARuleIsItsDay(String lang, String text, String expected) {
        List<DateMention> found = read(lang, text, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.parse(expected), assertInstanceOf(ResolvedDate.class, found.get(0)).date());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // The Sunday to Tuesday before Ash Wednesday: any of three days.
        "NL|tijdens carnaval 2026 ingewisseld|2026-02-15|2026-02-17",
        "EN|we redeemed them at carnival 2025|2025-03-02|2025-03-04"})
    void carnivalIsAnyOfThreeDays(String lang, String text, String first, String last) {
        List<DateMention> found = read(lang, text, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(1, found.size(), found.toString());
        InvalidDate span = assertInstanceOf(InvalidDate.class, found.get(0));
        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), span.bounds());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|will it still work at New Year?|2027-01-01",
        "EN|can I still activate one around new year?|2027-01-01",
        "NL|werkt hij nog at new year?|2027-01-01"})
    void newYearAfterAPrepositionIsNewYearsDay(String lang, String text, String expected) {
        List<DateMention> found = read(lang, text, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.parse(expected), assertInstanceOf(ResolvedDate.class, found.get(0)).date());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|we plan to renew in the new year",
        "EN|happy new year, do my benefits carry over?",
        "EN|a new year of benefits starts after renewal"})
    void newYearAsAPeriodOrAGreetingIsNoDay(String lang, String text) {
        assertTrue(read(lang, text, YearlessPolicy.NEXT_UPCOMING).isEmpty());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|I redeemed the code in Ramadan|Ramadan",
        "EN|we activated it just before Diwali|Diwali",
        "EN|it was redeemed on Lunar New Year|Lunar New Year",
        "NL|ik heb de code rond het Suikerfeest ingewisseld|Suikerfeest",
        "NL|we hebben hem met Chinees Nieuwjaar geactiveerd|Chinees Nieuwjaar",
        "NL|geactiveerd op Jom Kipoer|Jom Kipoer"})
    void aNamedDayWithoutARuleIsReadAsUnknown(String lang, String text, String name) {
        List<DateMention> found = read(lang, text, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(1, found.size(), found.toString());
        InvalidDate day = assertInstanceOf(InvalidDate.class, found.get(0));
        assertEquals(InvalidDate.Problem.UNKNOWN_DAY, day.problem());
        assertEquals(name, day.text());
    }
}
