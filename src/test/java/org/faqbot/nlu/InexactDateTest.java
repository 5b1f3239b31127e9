package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InexactDateTest {

    private static final LocalDate TUE_15_JUNE_2021 = LocalDate.of(2021, 6, 15);

    static Stream<Arguments> qualified() {
        return Stream.of(
                arguments(EN, "I redeemed my key over a year ago, can I still use it?", "over a year ago"),
                arguments(EN, "redeemed more than a year ago", "more than a year ago"),
                arguments(EN, "assigned less than three weeks ago", "less than three weeks ago"),
                arguments(EN, "redeemed nearly 2 months ago", "nearly 2 months ago"),
                arguments(EN, "redeemed before 1 December 2020", "before 1 December 2020"),
                arguments(EN, "redeemed after Dec 1, 2020", "after Dec 1, 2020"),
                arguments(EN, "redeemed before 03/04/2021", "before 03/04/2021"),
                arguments(NL, "meer dan een jaar geleden ingewisseld", "meer dan een jaar geleden"),
                arguments(NL, "ruim een jaar geleden ingewisseld", "ruim een jaar geleden"),
                arguments(NL, "bijna drie weken geleden toegewezen", "bijna drie weken geleden"),
                arguments(NL, "voor 1 december 2020 ingewisseld", "voor 1 december 2020"),
                arguments(NL, "vóór 1 december 2020 ingewisseld", "vóór 1 december 2020"),
                arguments(NL, "na 1 december 2020 ingewisseld", "na 1 december 2020"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("qualified")
    void approximateOrBoundaryDateIsNotExact(Lang lang, String message, String span) {
        DateMention found = Extraction.single(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        InvalidDate invalid = assertInstanceOf(InvalidDate.class, found);
        assertEquals(InvalidDate.Problem.NOT_EXACT, invalid.problem());
        assertEquals(span, invalid.text());
    }

    static Stream<Arguments> closeEnough() {
        return Stream.of(
                arguments(EN, "redeemed about a year ago", LocalDate.of(2020, 6, 15)),
                arguments(EN, "redeemed around 1 December 2020", LocalDate.of(2020, 12, 1)),
                arguments(NL, "ongeveer een jaar geleden ingewisseld", LocalDate.of(2020, 6, 15)),
                arguments(NL, "rond 1 december 2020 ingewisseld", LocalDate.of(2020, 12, 1)),
                arguments(NL, "over drie weken verloopt het", LocalDate.of(2021, 7, 6)),
                arguments(NL, "is hij voor morgen nog geldig", LocalDate.of(2021, 6, 16)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("closeEnough")
    void aboutAndUnqualifiedDatesStayExact(Lang lang, String message, LocalDate expected) {
        assertEquals(expected, Extraction.pastDate(message, lang, TUE_15_JUNE_2021));
    }

    private static final LocalDate A_YEAR_AGO = LocalDate.of(2020, 6, 15);
    private static final LocalDate A_MONTH_AGO = LocalDate.of(2021, 5, 15);

    static Stream<Arguments> bounds() {
        return Stream.of(
                arguments(EN, "redeemed more than a year ago", null, A_YEAR_AGO.minusDays(1)),
                arguments(EN, "redeemed over a year ago", null, A_YEAR_AGO.minusDays(1)),
                arguments(EN, "redeemed at least a year ago", null, A_YEAR_AGO),
                arguments(EN, "redeemed less than a month ago", A_MONTH_AGO.plusDays(1), TUE_15_JUNE_2021),
                arguments(EN, "redeemed almost a year ago", A_YEAR_AGO.plusDays(1), TUE_15_JUNE_2021),
                arguments(EN, "redeemed at most a month ago", A_MONTH_AGO, TUE_15_JUNE_2021),
                arguments(EN, "expires in more than a month", LocalDate.of(2021, 7, 16), null),
                arguments(EN, "expires in less than a week", TUE_15_JUNE_2021, LocalDate.of(2021, 6, 21)),
                arguments(EN, "redeemed before 1 December 2020", null, LocalDate.of(2020, 11, 30)),
                arguments(EN, "redeemed after 1 June 2021", LocalDate.of(2021, 6, 2), null),
                arguments(NL, "meer dan een jaar geleden ingewisseld", null, A_YEAR_AGO.minusDays(1)),
                arguments(NL, "ruim een jaar geleden ingewisseld", null, A_YEAR_AGO.minusDays(1)),
                arguments(NL, "minstens een jaar geleden ingewisseld", null, A_YEAR_AGO),
                arguments(NL, "minder dan een maand geleden ingewisseld", A_MONTH_AGO.plusDays(1), TUE_15_JUNE_2021),
                arguments(NL, "nog geen twee weken geleden ingewisseld", LocalDate.of(2021, 6, 2), TUE_15_JUNE_2021),
                arguments(NL, "verloopt over minder dan een week", TUE_15_JUNE_2021, LocalDate.of(2021, 6, 21)),
                arguments(NL, "hooguit een maand geleden ingewisseld", A_MONTH_AGO, TUE_15_JUNE_2021),
                arguments(NL, "vóór 1 december 2020 ingewisseld", null, LocalDate.of(2020, 11, 30)),
                arguments(NL, "na 1 juni 2021 ingewisseld", LocalDate.of(2021, 6, 2), null),
                // A guessed count: about that many, one more or one less; or between two counts.
                arguments(NL, "een maand of drie geleden ingewisseld", LocalDate.of(2021, 2, 15), LocalDate.of(2021, 4, 15)),
                arguments(NL, "een week of twee geleden toegewezen", LocalDate.of(2021, 5, 25), LocalDate.of(2021, 6, 8)),
                arguments(NL, "drie à vier maanden geleden ingewisseld", LocalDate.of(2021, 2, 15), LocalDate.of(2021, 3, 15)),
                arguments(NL, "5 of 6 weken geleden ingewisseld", LocalDate.of(2021, 5, 4), LocalDate.of(2021, 5, 11)),
                arguments(EN, "redeemed 3 or 4 months ago", LocalDate.of(2021, 2, 15), LocalDate.of(2021, 3, 15)),
                arguments(EN, "redeemed 4-3 weeks ago", LocalDate.of(2021, 5, 18), LocalDate.of(2021, 5, 25)),
                arguments(EN, "assigned a month or two ago", LocalDate.of(2021, 3, 15), LocalDate.of(2021, 5, 15)),
                // Two days, either of which may be meant.
                arguments(NL, "met oud en nieuw ingewisseld", LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1)),
                arguments(NL, "met oud en nieuw 2019 ingewisseld", LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1)),
                arguments(EN, "redeemed at the turn of the year", LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1)));
    }

    static Stream<Arguments> countedFromAWrittenDate() {
        return Stream.of(
                arguments(EN, "redeemed 2 weeks after 1 November 2020", LocalDate.of(2020, 11, 15)),
                arguments(EN, "redeemed three days before Christmas 2020", LocalDate.of(2020, 12, 22)),
                arguments(EN, "redeemed a week after Easter", LocalDate.of(2021, 4, 11)),
                arguments(NL, "twee weken na 1 november 2020 ingewisseld", LocalDate.of(2020, 11, 15)),
                arguments(NL, "10 dagen voor 1 maart ingewisseld", LocalDate.of(2021, 2, 19)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("countedFromAWrittenDate")
    void countBeforeABoundaryWordMakesTheDateExact(Lang lang, String message, LocalDate expected) {
        assertEquals(expected, Extraction.pastDate(message, lang, TUE_15_JUNE_2021));
    }

    @Test
    void countBeforeABoundaryWordAfterWithinStaysABound() {
        DateMention found = Extraction.single("activate it within 30 days after 1 June 2021", EN, TUE_15_JUNE_2021, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(InvalidDate.Problem.NOT_EXACT, assertInstanceOf(InvalidDate.class, found).problem());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}..{3}")
    @MethodSource("bounds")
    void qualifierGivesTheDaysTheDateMayBe(Lang lang, String message, LocalDate earliest, LocalDate latest) {
        DateMention found = Extraction.single(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        InvalidDate invalid = assertInstanceOf(InvalidDate.class, found);
        assertEquals(Optional.of(new DateBounds(Optional.ofNullable(earliest), Optional.ofNullable(latest))), invalid.bounds());
    }

    @Test
    void dateReadTwoWaysBehindABoundaryHasNoBounds() {
        DateMention found = Extraction.single("redeemed before 03/04/2021", EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(Optional.empty(), assertInstanceOf(InvalidDate.class, found).bounds());
    }

    @Test
    void boundsInTheWrongOrderAreRefusedWithBothDays() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DateBounds(Optional.of(TUE_15_JUNE_2021), Optional.of(A_YEAR_AGO)));

        assertEquals("Bounds in the wrong order: earliest 2021-06-15 is after latest 2020-06-15", error.getMessage());
    }

    @Test
    void impossibleDateKeepsItsOwnProblemBehindAQualifier() {
        DateMention found = Extraction.single("vóór 31-02-2021", NL, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(InvalidDate.Problem.NO_SUCH_DAY, assertInstanceOf(InvalidDate.class, found).problem());
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("countsWithoutTheirDay")
    void aCountBeforeOrAfterNothingIsNoDate(Lang lang, String message) {
        assertEquals(List.of(), Extraction.mentions(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST));
    }

    static Stream<Arguments> countsWithoutTheirDay() {
        return Stream.of(
                arguments(EN, "remind me 2 weeks before"),
                arguments(EN, "I redeemed my key 2 weeks before"),
                arguments(EN, "3 days after"),
                arguments(NL, "ik heb de key 3 dagen na"),
                arguments(NL, "herinner me twee weken voor"));
    }
}
