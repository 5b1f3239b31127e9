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

/** Month-name dates as people type them besides the textbook forms: short years, day words, typos, glued forms. */
class MonthNameFormsTest {

    private static final LocalDate TUE_15_JUNE_2021 = LocalDate.of(2021, 6, 15);
    private static final LocalDate FIRST_DECEMBER_2020 = LocalDate.of(2020, 12, 1);
    private static final LocalDate THIRD_MARCH_2021 = LocalDate.of(2021, 3, 3);
    private static final LocalDate FIFTH_JANUARY_2020 = LocalDate.of(2020, 1, 5);

    static Stream<Arguments> twoDigitYears() {
        return Stream.of(
                arguments(EN, "redeemed on 3 Mar 21, until when?", "3 Mar 21", THIRD_MARCH_2021),
                arguments(EN, "redeemed 3 March 21", "3 March 21", THIRD_MARCH_2021),
                arguments(EN, "assigned on 5 Jan 20 to a colleague", "5 Jan 20", FIFTH_JANUARY_2020),
                arguments(EN, "since 1 Dec. 20", "1 Dec. 20", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed March 3 21", "March 3 21", THIRD_MARCH_2021),
                arguments(NL, "ingewisseld op 3 maart 21", "3 maart 21", THIRD_MARCH_2021),
                arguments(NL, "op 5 jan 20 toegewezen", "5 jan 20", FIFTH_JANUARY_2020));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("twoDigitYears")
    void twoDigitsAfterDayAndMonthAreTheYear(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertTrue(found.yearGiven());
    }

    static Stream<Arguments> countsAfterDayAndMonth() {
        return Stream.of(
                arguments(EN, "on 3 March 21 licenses were assigned", "3 March"),
                arguments(EN, "on 3 March 21 days had passed", "3 March"),
                arguments(NL, "op 3 maart 10 licenties gekocht", "3 maart"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("countsAfterDayAndMonth")
    void twoDigitsBeforeACountedNounAreACountNotTheYear(Lang lang, String message, String span) {
        ResolvedDate found = Extraction.resolved(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(span, found.text());
        assertEquals(THIRD_MARCH_2021, found.date());
    }

    static Stream<Arguments> dutchMonthFirst() {
        return Stream.of(
                arguments("ik heb de sleutel op maart 3 ingewisseld", "maart 3"),
                arguments("ingewisseld op maart 3e", "maart 3e"),
                arguments("ingewisseld op mrt. 3", "mrt. 3"),
                arguments("ik heb hem op March 3rd ingewisseld", "March 3rd"),
                arguments("ik heb hem op 3 March ingewisseld", "3 March"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("dutchMonthFirst")
    void dutchMonthFirstWithoutAYearIsReadAfterOpOrAsAnOrdinal(String message, String span) {
        ResolvedDate found = Extraction.resolved(message, NL, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(THIRD_MARCH_2021, found.date());
        assertEquals(span, found.text());
    }

    static Stream<Arguments> otherForms() {
        return Stream.of(
                arguments(EN, "redeemed on 1-dec-2020", "1-dec-2020", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed on 1-Dec-2020.", "1-Dec-2020", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed 01-DEC-20", "01-DEC-20", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op 1/dec/2020", "1/dec/2020", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op 1-mrt-2021", "1-mrt-2021", LocalDate.of(2021, 3, 1)),
                arguments(EN, "redeemed on 20201201", "20201201", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op 20201201.", "20201201", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed on March the 3rd 2021", "March the 3rd 2021", THIRD_MARCH_2021),
                arguments(EN, "redeemed on March the third, 2021", "March the third, 2021", THIRD_MARCH_2021),
                arguments(NL, "ingewisseld op één december 2020", "één december 2020", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op eerste december 2020", "eerste december 2020", FIRST_DECEMBER_2020),
                arguments(NL, "op de eerste december 2020", "de eerste december 2020", FIRST_DECEMBER_2020),
                arguments(NL, "op twee maart 2021", "twee maart 2021", LocalDate.of(2021, 3, 2)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("otherForms")
    void lessCommonFormIsRead(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
    }

    static Stream<Arguments> misspeltMonths() {
        return Stream.of(
                arguments(EN, "redeemed on 1 decmber 2020", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed on 1 decmeber 2020", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed on 29 febuary 2020", LocalDate.of(2020, 2, 29)),
                arguments(EN, "redeemed on septmber 7, 2020", LocalDate.of(2020, 9, 7)),
                arguments(EN, "redeemed on 1 Decembre 2020", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op 1 decmber 2020", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op 3 febuari 2021", LocalDate.of(2021, 2, 3)),
                arguments(NL, "ingewisseld op 7 setpember 2020", LocalDate.of(2020, 9, 7)),
                arguments(EN, "activated it on 9 mrch 2021", LocalDate.of(2021, 3, 9)),
                arguments(EN, "activated it on aprl 2, 2021", LocalDate.of(2021, 4, 2)),
                arguments(NL, "geactiveerd op 2 aprl 2021", LocalDate.of(2021, 4, 2)),
                arguments(NL, "ingewisseld op 1 december 2020 via de portal", FIRST_DECEMBER_2020));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("misspeltMonths")
    void monthMisspeltByOneLetterIsRead(Lang lang, String message, LocalDate expected) {
        assertEquals(expected, Extraction.pastDate(message, lang, TUE_15_JUNE_2021));
    }

    static Stream<Arguments> notMonths() {
        return Stream.of(
                arguments(EN, "we had 3 match days"),
                arguments(EN, "the 2 marsh areas"),
                arguments(EN, "3 arch supports"),
                arguments(EN, "12 aril seeds"),
                arguments(NL, "ik heb 3 maat te klein besteld"),
                arguments(NL, "ik had 3 maar ook 4 licenties"),
                arguments(NL, "de 2 kaart is kwijt"),
                arguments(NL, "de 3 taart was op"),
                arguments(EN, "a 20201345 order number"),
                arguments(EN, "call 20123456 today-ish"),
                arguments(EN, "ticket 12345678 is open"),
                arguments(EN, "version 1-dec-beta"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("notMonths")
    void wordOrNumberThatOnlyLooksLikeADateIsNone(Lang lang, String message) {
        assertEquals(0, Extraction.mentions(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).stream()
                .filter(mention -> !(mention instanceof ResolvedDate date && date.relative())).count(),
                () -> message + ": " + Extraction.mentions(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST));
    }

    @Test
    void englishOrdinalWordBeforeAMonthStillNeedsOf() {
        assertEquals(0, Extraction.mentions("my first March renewal", EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).size());
    }

    @Test
    void dutchArticleIsNoDay() {
        assertEquals(0, Extraction.mentions("in een december zonder sneeuw", NL, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).size());
    }
}
