package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelativeDateTest {

    private static final LocalDate WED_16_JUNE_2021 = LocalDate.of(2021, 6, 16);
    private static final LocalDate LAST_JANUARY_2021 = LocalDate.of(2021, 1, 31);
    private static final LocalDate LAST_JANUARY_2020 = LocalDate.of(2020, 1, 31);
    private static final LocalDate LAST_MARCH_2021 = LocalDate.of(2021, 3, 31);
    private static final LocalDate LEAP_DAY_2020 = LocalDate.of(2020, 2, 29);
    private static final LocalDate NEW_YEARS_EVE_2020 = LocalDate.of(2020, 12, 31);

    static Stream<Arguments> fromMidJune() {
        return Stream.of(
                arguments(NL, "Het is vandaag gebeurd", "vandaag", 0),
                arguments(NL, "Gisteren verlopen", "Gisteren", -1),
                arguments(NL, "eergisteren toegewezen", "eergisteren", -2),
                arguments(NL, "kan ik morgen verlengen?", "morgen", 1),
                arguments(NL, "overmorgen start het", "overmorgen", 2),
                arguments(NL, "vanochtend ingewisseld", "vanochtend", 0),
                arguments(NL, "3 dagen geleden", "3 dagen geleden", -3),
                arguments(NL, "tien dagen geleden", "tien dagen geleden", -10),
                arguments(NL, "een week geleden", "een week geleden", -7),
                arguments(NL, "drie weken geleden", "drie weken geleden", -21),
                arguments(NL, "twee weken terug", "twee weken terug", -14),
                arguments(NL, "over 10 dagen", "over 10 dagen", 10),
                arguments(NL, "over drie weken", "over drie weken", 21),
                arguments(NL, "binnen twee weken", "binnen twee weken", 14),
                arguments(NL, "volgende week", "volgende week", 7),
                arguments(NL, "vorige week", "vorige week", -7),
                arguments(EN, "Today!", "Today", 0),
                arguments(EN, "expired yesterday", "yesterday", -1),
                arguments(EN, "the day before yesterday", "the day before yesterday", -2),
                arguments(EN, "ends tomorrow", "tomorrow", 1),
                arguments(EN, "day after tomorrow", "day after tomorrow", 2),
                arguments(EN, "3 days ago", "3 days ago", -3),
                arguments(EN, "a week ago", "a week ago", -7),
                arguments(EN, "eleven days ago", "eleven days ago", -11),
                arguments(EN, "in 10 days", "in 10 days", 10),
                arguments(EN, "in three weeks", "in three weeks", 21),
                arguments(EN, "within two weeks", "within two weeks", 14),
                arguments(EN, "twelve days from now", "twelve days from now", 12),
                arguments(EN, "next week", "next week", 7),
                arguments(EN, "last week", "last week", -7));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> today {3}")
    @MethodSource("fromMidJune")
    void relativeExpressionCountsDaysFromToday(Lang lang, String message, String span, int days) {
        ResolvedDate found = Extraction.resolved(message, lang, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(WED_16_JUNE_2021.plusDays(days), found.date());
        assertEquals(span, found.text());
        assertTrue(found.relative());
        assertFalse(found.yearGiven());
    }

    static Stream<Arguments> calendarUnits() {
        return Stream.of(
                arguments(EN, "in 1 month", LAST_JANUARY_2021, LocalDate.of(2021, 2, 28)),
                arguments(EN, "in one month", LAST_JANUARY_2020, LEAP_DAY_2020),
                arguments(NL, "over een maand", LAST_JANUARY_2021, LocalDate.of(2021, 2, 28)),
                arguments(NL, "een maand geleden", LAST_MARCH_2021, LocalDate.of(2021, 2, 28)),
                arguments(EN, "in two months", LocalDate.of(2021, 12, 31), LocalDate.of(2022, 2, 28)),
                arguments(EN, "five months ago", WED_16_JUNE_2021, LocalDate.of(2021, 1, 16)),
                arguments(NL, "twee jaar geleden", WED_16_JUNE_2021, LocalDate.of(2019, 6, 16)),
                arguments(EN, "in a year", LEAP_DAY_2020, LocalDate.of(2021, 2, 28)),
                arguments(NL, "over 1 dag", NEW_YEARS_EVE_2020, LocalDate.of(2021, 1, 1)),
                arguments(EN, "tomorrow", NEW_YEARS_EVE_2020, LocalDate.of(2021, 1, 1)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on {2} -> {3}")
    @MethodSource("calendarUnits")
    void monthsAndYearsClampToTheLastDayOfTheMonth(Lang lang, String message, LocalDate today, LocalDate expected) {
        LocalDate found = Extraction.pastDate(message, lang, today);

        assertEquals(expected, found);
    }

    @Test
    void goedeMorgenIsAGreetingNotTomorrow() {
        assertTrue(Extraction.mentions("Goede morgen, ik heb een vraag", NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }

    @Test
    void withinDaysOfAnotherEventIsNotADate() {
        assertTrue(Extraction.mentions("binnen 30 dagen na aankoop", NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }

    @Test
    void decimalCountIsNotReadAsItsFraction() {
        assertTrue(Extraction.mentions("1,5 dagen geleden", NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }
}
