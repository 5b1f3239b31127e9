package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.faqbot.nlu.YearlessPolicy.MOST_RECENT_PAST;
import static org.faqbot.nlu.YearlessPolicy.NEXT_UPCOMING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MonthAnchoredDateTest {

    private static final LocalDate MID_JUNE_2021 = LocalDate.of(2021, 6, 16);
    private static final LocalDate TENTH_FEBRUARY_2021 = LocalDate.of(2021, 2, 10);
    private static final LocalDate TENTH_FEBRUARY_2020 = LocalDate.of(2020, 2, 10);
    private static final LocalDate LAST_JANUARY_2021 = LocalDate.of(2021, 1, 31);
    private static final LocalDate TENTH_JANUARY_2021 = LocalDate.of(2021, 1, 10);

    /** The edge of a period after a word that makes it a boundary, and the middle of a month: one day. */
    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(NL, "tot begin volgende maand", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 7, 1)),
                arguments(NL, "tot eind deze maand", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 30)),
                arguments(NL, "tot het einde van deze maand", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 30)),
                arguments(NL, "uiterlijk eind van de maand", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 30)),
                arguments(NL, "sinds begin vorig jaar", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 1, 1)),
                arguments(NL, "tot eind dit jaar", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 12, 31)),
                arguments(EN, "until the end of this month", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 30)),
                arguments(EN, "by the end of next month", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 7, 31)),
                arguments(EN, "until the end of the month", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 30)),
                arguments(EN, "from the start of next year", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2022, 1, 1)),
                arguments(NL, "tot eind deze maand", TENTH_FEBRUARY_2021, MOST_RECENT_PAST, LocalDate.of(2021, 2, 28)),
                arguments(NL, "tot eind deze maand", TENTH_FEBRUARY_2020, MOST_RECENT_PAST, LocalDate.of(2020, 2, 29)),
                arguments(EN, "until the end of next month", LAST_JANUARY_2021, MOST_RECENT_PAST, LocalDate.of(2021, 2, 28)),
                arguments(NL, "tot eind februari", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 2, 28)),
                arguments(NL, "tot eind februari", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2022, 2, 28)),
                arguments(NL, "tot eind februari 2024", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2024, 2, 29)),
                arguments(EN, "since the beginning of March", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2022, 3, 1)),
                arguments(NL, "de 5e van vorige maand", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2021, 5, 5)),
                arguments(NL, "vorige maand op de 5e", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2021, 5, 5)),
                arguments(NL, "volgende maand op de 1e", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 7, 1)),
                arguments(EN, "the 5th of last month", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2021, 5, 5)),
                arguments(EN, "on the 5th of next month", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 7, 5)),
                arguments(EN, "last month on the 20th", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 5, 20)),
                arguments(NL, "de 5e van vorige maand", TENTH_JANUARY_2021, MOST_RECENT_PAST, LocalDate.of(2020, 12, 5)),
                // A boundary word makes the middle one day, as it does the start or the end.
                arguments(NL, "tot half maart", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2022, 3, 15)),
                arguments(EN, "until the middle of next month", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 7, 15)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on {2}, {3} -> {4}")
    @MethodSource("rows")
    void monthAnchoredDateResolves(Lang lang, String message, LocalDate today, YearlessPolicy policy, LocalDate expected) {
        LocalDate found = Extraction.date(message, lang, today, policy);

        assertEquals(expected, found);
    }

    /** The start, end or a year's middle without such a word: a part of the period, not a day. */
    static Stream<Arguments> parts() {
        return Stream.of(
                arguments(NL, "begin volgende maand", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 7, 10)),
                arguments(NL, "eind deze maand", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 21), LocalDate.of(2021, 6, 30)),
                arguments(NL, "eind van de maand", TENTH_FEBRUARY_2020, MOST_RECENT_PAST, LocalDate.of(2020, 2, 21), LocalDate.of(2020, 2, 29)),
                arguments(NL, "ingewisseld eind vorig jaar", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31)),
                arguments(NL, "begin december 2020", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 10)),
                arguments(NL, "eind februari", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 2, 21), LocalDate.of(2021, 2, 28)),
                arguments(NL, "eind februari", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2022, 2, 21), LocalDate.of(2022, 2, 28)),
                // Begun by today, so the part of this year for a thing that happened; not yet over, so this year's for a deadline.
                arguments(NL, "begin juni", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 10)),
                arguments(NL, "eind juni", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2021, 6, 21), LocalDate.of(2021, 6, 30)),
                arguments(NL, "medio volgend jaar", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 8, 31)),
                arguments(EN, "late last year", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31)),
                arguments(EN, "early December 2020", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 10)),
                arguments(EN, "at the end of the month", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 6, 21), LocalDate.of(2021, 6, 30)),
                arguments(EN, "early next year", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30)),
                arguments(EN, "late March", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2022, 3, 21), LocalDate.of(2022, 3, 31)),
                // The middle of a month is a part too (chat19): its 11th to 20th.
                arguments(NL, "halverwege oktober", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 10, 11), LocalDate.of(2020, 10, 20)),
                arguments(NL, "half maart", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 3, 11), LocalDate.of(2021, 3, 20)),
                arguments(NL, "medio september", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2021, 9, 11), LocalDate.of(2021, 9, 20)),
                arguments(NL, "half oktober 2019", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2019, 10, 11), LocalDate.of(2019, 10, 20)),
                arguments(NL, "midden vorige maand", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2021, 5, 11), LocalDate.of(2021, 5, 20)),
                arguments(EN, "mid-March", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 3, 11), LocalDate.of(2021, 3, 20)),
                arguments(EN, "mid November", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 11, 11), LocalDate.of(2020, 11, 20)),
                arguments(EN, "in the middle of next month", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 7, 11), LocalDate.of(2021, 7, 20)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on {2}, {3} -> {4} to {5}")
    @MethodSource("parts")
    void startOrEndOfAPeriodIsNotExactWithThePartsDays(Lang lang, String message, LocalDate today, YearlessPolicy policy,
            LocalDate earliest, LocalDate latest) {
        DateMention found = Extraction.single(message, lang, today, policy);

        InvalidDate inexact = assertInstanceOf(InvalidDate.class, found, () -> message + " gave " + found);
        assertEquals(InvalidDate.Problem.NOT_EXACT, inexact.problem());
        assertEquals(Optional.of(DateBounds.between(earliest, latest)), inexact.bounds());
    }

    @Test
    void dayThatTheRelativeMonthLacksIsNoSuchDay() {
        DateMention found = Extraction.single("de 31e van volgende maand", NL, LocalDate.of(2021, 3, 10), MOST_RECENT_PAST);

        assertEquals(InvalidDate.Problem.NO_SUCH_DAY, assertInstanceOf(InvalidDate.class, found).problem());
    }

    @Test
    void relativeMonthFollowedByACountIsNoDay() {
        // The month is read as a whole (MonthSpanMatcher); the 5 counts licences, it is no 5th of May.
        DateMention found = Extraction.single("vorige maand 5 licenties gekocht", NL, MID_JUNE_2021, MOST_RECENT_PAST);

        assertEquals("vorige maand", found.text());
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31))),
                assertInstanceOf(InvalidDate.class, found).bounds());
    }

    @Test
    void middleOrLateWordWithoutAMonthOrYearIsNoDate() {
        assertEquals(0, Extraction.mentions("we kregen een half uur later half de licenties", NL, MID_JUNE_2021, MOST_RECENT_PAST).size());
        assertEquals(0, Extraction.mentions("it was too late, mid week", EN, MID_JUNE_2021, MOST_RECENT_PAST).size());
    }
}
