package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date forms the eighth exploratory round found unread: a month's last day, a month counted from today without a day, a
 * season, a weekend without "last" or "next", a week by its ordinal; and a numeric date's written order.
 */
class EighthRoundDateFormsTest {

    private static final LocalDate SUN_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);
    
    static Stream<Arguments> lastDays() {
        return Stream.of(
                arguments(EN, "the code went in on the last day of February", YearlessPolicy.MOST_RECENT_PAST, "2026-02-28"),
                arguments(EN, "activated on the last day of February 2024", YearlessPolicy.MOST_RECENT_PAST, "2024-02-29"),
                arguments(EN, "it expires on the last day of February", YearlessPolicy.NEXT_UPCOMING, "2027-02-28"),
                arguments(EN, "used it on the last day of last month", YearlessPolicy.MOST_RECENT_PAST, "2026-11-30"),
                arguments(NL, "gebruikt op de laatste dag van april", YearlessPolicy.MOST_RECENT_PAST, "2026-04-30"),
                arguments(NL, "op de laatste dag van vorige maand geactiveerd", YearlessPolicy.MOST_RECENT_PAST, "2026-11-30"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("lastDays")
    void aMonthsLastDayIsThatDay(Lang lang, String message, YearlessPolicy policy, String expected) {
        assertEquals(LocalDate.parse(expected), Extraction.date(message, lang, SUN_6_DECEMBER_2026, policy));
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                arguments(NL, "de code is van vorig jaar november", SUN_6_DECEMBER_2026, "2025-11-01", "2025-11-30"),
                arguments(NL, "gebruikt in oktober vorig jaar", SUN_6_DECEMBER_2026, "2025-10-01", "2025-10-31"),
                arguments(EN, "we used it in March last year", SUN_6_DECEMBER_2026, "2025-03-01", "2025-03-31"),
                arguments(EN, "activated last November", SUN_6_DECEMBER_2026, "2026-11-01", "2026-11-30"),
                arguments(EN, "activated last December", SUN_6_DECEMBER_2026, "2025-12-01", "2025-12-31"),
                arguments(EN, "we renew next March", SUN_6_DECEMBER_2026, "2027-03-01", "2027-03-31"),
                arguments(NL, "gebruikt in de 48e week", SUN_6_DECEMBER_2026, "2026-11-23", "2026-11-29"),
                arguments(EN, "used in the 10th week of 2025", SUN_6_DECEMBER_2026, "2025-03-03", "2025-03-09"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("spans")
    void aMonthOrWeekIsItsDays(Lang lang, String message, LocalDate today, String first, String last) {
        InvalidDate found = assertInstanceOf(InvalidDate.class, Extraction.single(message, lang, today, YearlessPolicy.MOST_RECENT_PAST));

        assertEquals(InvalidDate.Problem.NOT_EXACT, found.problem());
        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), found.bounds());
    }

    static Stream<Arguments> seasons() {
        return Stream.of(
                arguments(NL, "heb hem rond de zomer ingewisseld", "rond de zomer"),
                arguments(NL, "vorige winter geactiveerd", "vorige winter"),
                arguments(EN, "redeemed it around the summer", "around the summer"),
                arguments(EN, "we used it last spring", "last spring"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("seasons")
    void aSeasonIsTooVagueToBound(Lang lang, String message, String span) {
        InvalidDate found = assertInstanceOf(InvalidDate.class, Extraction.single(message, lang, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST));

        assertEquals(InvalidDate.Problem.NOT_EXACT, found.problem());
        assertEquals(Optional.empty(), found.bounds());
        assertEquals(span, found.text());
    }

    static Stream<Arguments> notThese() {
        return Stream.of(
                arguments(EN, "it was 1 November last year", "2025-11-01"),
                arguments(EN, "on the 3rd of November last year", "2025-11-03"),
                arguments(NL, "op 3 november vorig jaar", "2025-11-03"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("notThese")
    void aMonthWithItsDayStaysADay(Lang lang, String message, String expected) {
        assertEquals(LocalDate.parse(expected), Extraction.pastDate(message, lang, SUN_6_DECEMBER_2026));
    }

    @Test
    void aWeekOfAMonthIsNoWeekOfTheYear() {
        assertTrue(Extraction.mentions("in maart 1e week vrij", NL, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
        // A week of a month is that month's days (WeekOfMonthMatcher), not ISO week 2.
        InvalidDate ofMarch = assertInstanceOf(InvalidDate.class,
                Extraction.single("in the 2nd week of March", EN, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST));
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 14))), ofMarch.bounds());
        assertTrue(Extraction.mentions("the spring fell off the printer", EN, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }

    @Test
    void aNumericDatesDigitsTellItsOrderAndReadAnotherThatWay() {
        DateMention monthFirst = Extraction.single("on 04/20", EN, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);
        DateMention dayFirst = Extraction.single("on 20/04", EN, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);
        AmbiguousDate both = assertInstanceOf(AmbiguousDate.class,
                Extraction.single("I meant 09/04", EN, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST));

        assertEquals(Optional.of(NumericOrder.MONTH_FIRST), NumericOrder.of(monthFirst));
        assertEquals(Optional.of(NumericOrder.DAY_FIRST), NumericOrder.of(dayFirst));
        assertEquals(LocalDate.of(2026, 9, 4), NumericOrder.MONTH_FIRST.resolve(both).date());
        assertEquals(LocalDate.of(2026, 4, 9), NumericOrder.DAY_FIRST.resolve(both).date());
        assertEquals(Optional.empty(), NumericOrder.of(Extraction.single("on 20 April", EN, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST)));
    }

    @Test
    void anInflectedHowLongAsksForADate() {
        assertTrue(QuestionShape.asksForDate("Hoe lange is mijn sleutel geldig?"));
        assertTrue(QuestionShape.asksForDate("hoe lange tijd heb ik nog?"));
    }
}
