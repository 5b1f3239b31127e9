package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OffsetAmountTest {

    private static final LocalDate TUE_15_JUNE_2021 = LocalDate.of(2021, 6, 15);
    private static final LocalDate HALF_A_YEAR_EARLIER = LocalDate.of(2020, 12, 15);
    private static final LocalDate YEAR_AND_A_HALF_EARLIER = LocalDate.of(2019, 12, 15);
    private static final LocalDate HALF_A_MONTH_EARLIER = LocalDate.of(2021, 5, 31);

    static Stream<Arguments> halves() {
        return Stream.of(
                arguments(EN, "I redeemed it half a year ago", "half a year ago", HALF_A_YEAR_EARLIER),
                arguments(EN, "redeemed a half year ago", "a half year ago", HALF_A_YEAR_EARLIER),
                arguments(EN, "assigned half a month ago", "half a month ago", HALF_A_MONTH_EARLIER),
                arguments(EN, "a year and a half ago", "a year and a half ago", YEAR_AND_A_HALF_EARLIER),
                arguments(EN, "one and a half years ago", "one and a half years ago", YEAR_AND_A_HALF_EARLIER),
                arguments(EN, "redeemed 1.5 years ago", "1.5 years ago", YEAR_AND_A_HALF_EARLIER),
                arguments(EN, "two and a half months ago", "two and a half months ago", LocalDate.of(2021, 3, 31)),
                arguments(EN, "in half a year", "in half a year", LocalDate.of(2021, 12, 15)),
                arguments(NL, "een half jaar geleden ingewisseld", "een half jaar geleden", HALF_A_YEAR_EARLIER),
                arguments(NL, "een halve maand geleden", "een halve maand geleden", HALF_A_MONTH_EARLIER),
                arguments(NL, "anderhalf jaar geleden", "anderhalf jaar geleden", YEAR_AND_A_HALF_EARLIER),
                arguments(NL, "anderhalve maand terug", "anderhalve maand terug", LocalDate.of(2021, 4, 30)),
                arguments(NL, "1,5 jaar geleden", "1,5 jaar geleden", YEAR_AND_A_HALF_EARLIER),
                arguments(NL, "twee en een half jaar geleden", "twee en een half jaar geleden", LocalDate.of(2018, 12, 15)),
                arguments(NL, "over een half jaar", "over een half jaar", LocalDate.of(2021, 12, 15)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("halves")
    void halfAYearIsSixMonthsAndHalfAMonthFifteenDays(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertTrue(found.relative());
    }

    static Stream<Arguments> compounds() {
        return Stream.of(
                arguments(EN, "redeemed 3 weeks and 2 days ago", "3 weeks and 2 days ago", LocalDate.of(2021, 5, 23)),
                arguments(EN, "redeemed 2 days and 3 weeks ago", "2 days and 3 weeks ago", LocalDate.of(2021, 5, 23)),
                arguments(EN, "1 year, 2 months and 3 days ago", "1 year, 2 months and 3 days ago", LocalDate.of(2020, 4, 12)),
                arguments(EN, "in two weeks and one day", "in two weeks and one day", LocalDate.of(2021, 6, 30)),
                arguments(NL, "2 jaar en 3 maanden geleden", "2 jaar en 3 maanden geleden", LocalDate.of(2019, 3, 15)),
                arguments(NL, "over een week en twee dagen", "over een week en twee dagen", LocalDate.of(2021, 6, 24)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("compounds")
    void partsOfACompoundOffsetAddUp(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
    }

    @Test
    void fortnightIsFourteenDays() {
        ResolvedDate found = Extraction.resolved("I redeemed it a fortnight ago", EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(LocalDate.of(2021, 6, 1), found.date());
        assertEquals("a fortnight ago", found.text());
    }

    @Test
    void thisMorningIsToday() {
        ResolvedDate found = Extraction.resolved("I redeemed it this morning", EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(TUE_15_JUNE_2021, found.date());
        assertEquals("this morning", found.text());
    }

    private static final LocalDate TEN_DAYS_EARLIER = LocalDate.of(2021, 6, 5);

    static Stream<Arguments> weekAndAHalf() {
        return Stream.of(
                arguments(EN, "I redeemed it a week and a half ago", "a week and a half ago", TEN_DAYS_EARLIER),
                arguments(EN, "redeemed one and a half weeks ago", "one and a half weeks ago", TEN_DAYS_EARLIER),
                arguments(EN, "redeemed 1.5 weeks ago", "1.5 weeks ago", TEN_DAYS_EARLIER),
                arguments(EN, "half a week ago", "half a week ago", LocalDate.of(2021, 6, 12)),
                arguments(EN, "two and a half weeks ago", "two and a half weeks ago", LocalDate.of(2021, 5, 29)),
                arguments(EN, "in a week and a half", "in a week and a half", LocalDate.of(2021, 6, 25)),
                arguments(NL, "anderhalve week geleden ingewisseld", "anderhalve week geleden", TEN_DAYS_EARLIER),
                arguments(NL, "een week en een half geleden", "een week en een half geleden", TEN_DAYS_EARLIER),
                arguments(NL, "1,5 weken geleden", "1,5 weken geleden", TEN_DAYS_EARLIER),
                arguments(NL, "een halve week terug", "een halve week terug", LocalDate.of(2021, 6, 12)),
                arguments(NL, "over anderhalve week", "over anderhalve week", LocalDate.of(2021, 6, 25)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("weekAndAHalf")
    void halfAWeekIsThreeDaysSoAWeekAndAHalfIsTen(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertTrue(found.relative());
    }

    @Test
    void aMonthAndAHalfIsAMonthAndFifteenDays() {
        ResolvedDate found = Extraction.resolved("I redeemed my key a month and a half ago", EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(LocalDate.of(2021, 4, 30), found.date());
    }

    @Test
    void halfADayIsNoWholeDayAndIsNotRead() {
        assertEquals(0, Extraction.mentions("a day and a half ago", EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).size());
        assertEquals(0, Extraction.mentions("anderhalve dag geleden", NL, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).size());
    }

    @Test
    void decimalOtherThanAHalfIsNotRead() {
        assertEquals(0, Extraction.mentions("1,25 jaar geleden", NL, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).size());
    }

    @Test
    void vagueYearAloneIsNoDate() {
        assertEquals(0, Extraction.mentions("I redeemed my key last year", EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).size());
        assertEquals(0, Extraction.mentions("vorig jaar ingewisseld", NL, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).size());
    }
}
