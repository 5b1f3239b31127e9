package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date forms the fourteenth exploratory round (dates19) found misread, today Monday 7 December 2026: a weekday named
 * with a month but no count is four or five days, not the last such weekday before today; a weekday "of" a week is
 * one day, not the weekday and the week's Monday; a weekday with a day of the month ("Tuesday the 1st") is one day, in
 * the nearest month whose day falls on that weekday; a weekday in a week of a month or a numbered week is that day; Dutch
 * "halverwege" is the middle of a month, as "half" is.
 */
class FourteenthRoundDateFormsTest {

    private static final LocalDate MON_7_DECEMBER_2026 = LocalDate.of(2026, 12, 7);

    static Stream<Arguments> weekdaysOfAMonth() {
        return Stream.of(
                arguments(NL, "zat er vorige maand woensdag iets bij?", "2026-11-04", "2026-11-25"),
                arguments(NL, "ik deed het op een woensdag van vorige maand", "2026-11-04", "2026-11-25"),
                arguments(NL, "vorige maand op een vrijdag geactiveerd", "2026-11-06", "2026-11-27"),
                arguments(NL, "het was een donderdag in maart", "2026-03-05", "2026-03-26"),
                arguments(EN, "we did it on a Wednesday last month", "2026-11-04", "2026-11-25"),
                arguments(EN, "it was last month on a Friday", "2026-11-06", "2026-11-27"),
                arguments(EN, "some Thursday of last month", "2026-11-05", "2026-11-26"),
                arguments(EN, "a Monday in February 2025", "2025-02-03", "2025-02-24"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("weekdaysOfAMonth")
    void aWeekdayOfAMonthIsItsFourOrFiveDays(Lang lang, String message, String first, String last) {
        DateMention found = Extraction.single(message, lang, MON_7_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        InvalidDate span = assertInstanceOf(InvalidDate.class, found, found.toString());
        assertEquals(InvalidDate.Problem.NOT_EXACT, span.problem());
        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), span.bounds());
    }

    static Stream<Arguments> weekdaysOfAWeek() {
        return Stream.of(
                arguments(NL, "op de woensdag van vorige week", "2026-12-02"),
                arguments(NL, "donderdag van deze week", "2026-12-10"),
                arguments(EN, "on the Wednesday of last week", "2026-12-02"),
                arguments(EN, "the Friday of next week", "2026-12-18"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("weekdaysOfAWeek")
    void aWeekdayOfAWeekIsOneDay(Lang lang, String message, String expected) {
        DateMention found = Extraction.single(message, lang, MON_7_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(LocalDate.parse(expected), assertInstanceOf(ResolvedDate.class, found, found.toString()).date());
    }

    static Stream<Arguments> habitsAndRanges() {
        return Stream.of(
                arguments(NL, "iedere woensdag vorige maand"),
                arguments(NL, "maandag tot vrijdag vorige maand"),
                arguments(EN, "each Wednesday last month"),
                arguments(EN, "Monday through Friday last month"));
    }

    /** A habit or a range of weekdays is no day; "last month" beside it stays the month it was. */
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("habitsAndRanges")
    void aHabitOrRangeOfWeekdaysLeavesTheMonthAlone(Lang lang, String message) {
        DateMention found = Extraction.single(message, lang, MON_7_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        InvalidDate month = assertInstanceOf(InvalidDate.class, found, found.toString());
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))), month.bounds());
    }

    static Stream<Arguments> weekdaysWithTheirDay() {
        return Stream.of(
                arguments(NL, "op woensdag de 2e gedaan", YearlessPolicy.MOST_RECENT_PAST, "2026-12-02"),
                arguments(NL, "het was zondag de 8e", YearlessPolicy.MOST_RECENT_PAST, "2026-11-08"),
                arguments(EN, "on Wednesday the 2nd", YearlessPolicy.MOST_RECENT_PAST, "2026-12-02"),
                arguments(EN, "due on Thursday, the 1st", YearlessPolicy.NEXT_UPCOMING, "2027-04-01"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("weekdaysWithTheirDay")
    void aWeekdayWithItsDayIsOneDayInTheMonthItFallsOn(Lang lang, String message, YearlessPolicy policy, String expected) {
        DateMention found = Extraction.single(message, lang, MON_7_DECEMBER_2026, policy);

        assertEquals(LocalDate.parse(expected), assertInstanceOf(ResolvedDate.class, found, found.toString()).date());
    }

    static Stream<Arguments> weekdaysInAWeek() {
        return Stream.of(
                arguments(NL, "op donderdag in de tweede week van november", "2026-11-12"),
                arguments(NL, "dinsdag in week 46", "2026-11-10"),
                arguments(EN, "on Thursday in the second week of November", "2026-11-12"),
                arguments(EN, "the Tuesday of week 46", "2026-11-10"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("weekdaysInAWeek")
    void aWeekdayInAWeekIsThatDay(Lang lang, String message, String expected) {
        DateMention found = Extraction.single(message, lang, MON_7_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(LocalDate.parse(expected), assertInstanceOf(ResolvedDate.class, found, found.toString()).date());
    }
}
