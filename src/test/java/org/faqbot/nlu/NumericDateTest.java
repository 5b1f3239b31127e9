package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumericDateTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 16);
    private static final LocalDate FIRST_DECEMBER_2020 = LocalDate.of(2020, 12, 1);
    private static final LocalDate MID_DECEMBER_2020 = LocalDate.of(2020, 12, 15);

    static Stream<Arguments> unambiguous() {
        return Stream.of(
                arguments(NL, "ingewisseld op 1-12-2020", "1-12-2020", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op 01/12/2020.", "01/12/2020", FIRST_DECEMBER_2020),
                arguments(NL, "ingewisseld op 1.12.2020, klopt dat?", "1.12.2020", FIRST_DECEMBER_2020),
                arguments(NL, "tot 15-04-2021", "15-04-2021", LocalDate.of(2021, 4, 15)),
                arguments(NL, "sinds 4-11-2021", "4-11-2021", LocalDate.of(2021, 11, 4)),
                arguments(NL, "day-first ook als beide delen klein zijn: 3-4-2021", "3-4-2021", LocalDate.of(2021, 4, 3)),
                arguments(NL, "twee cijfers: 1-12-20", "1-12-20", FIRST_DECEMBER_2020),
                arguments(NL, "met streepjes 1–12–2020", "1–12–2020", FIRST_DECEMBER_2020),
                arguments(NL, "ISO 2020-12-01 mag ook", "2020-12-01", FIRST_DECEMBER_2020),
                arguments(EN, "ISO 2021-09-30 anywhere", "2021-09-30", LocalDate.of(2021, 9, 30)),
                arguments(EN, "ISO without padding 2021-9-3", "2021-9-3", LocalDate.of(2021, 9, 3)),
                arguments(EN, "ISO with slashes 2020/12/01", "2020/12/01", FIRST_DECEMBER_2020),
                arguments(EN, "copied 2021-09-30T00:00:00Z from the portal", "2021-09-30", LocalDate.of(2021, 9, 30)),
                arguments(EN, "US order 12/15/2020", "12/15/2020", MID_DECEMBER_2020),
                arguments(EN, "European order 15/12/2020", "15/12/2020", MID_DECEMBER_2020),
                arguments(EN, "equal parts 05/05/2021", "05/05/2021", LocalDate.of(2021, 5, 5)),
                arguments(EN, "two-digit year 12/15/20", "12/15/20", MID_DECEMBER_2020),
                arguments(NL, "met apostrof: op 1-12-'19 ingewisseld", "1-12-'19", LocalDate.of(2019, 12, 1)),
                arguments(EN, "marked year 12/15/'19", "12/15/'19", LocalDate.of(2019, 12, 15)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("unambiguous")
    void numericDateWithOneReadingResolves(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, TODAY, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
    }

    static Stream<Arguments> ambiguous() {
        return Stream.of(
                arguments("renewed 03/04/2021", LocalDate.of(2021, 4, 3), LocalDate.of(2021, 3, 4)),
                arguments("renewed 4/11/21", LocalDate.of(2021, 11, 4), LocalDate.of(2021, 4, 11)),
                arguments("renewed 1.12.2020", FIRST_DECEMBER_2020, LocalDate.of(2020, 1, 12)),
                arguments("renewed 12-1-2020", LocalDate.of(2020, 1, 12), FIRST_DECEMBER_2020));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("ambiguous")
    void englishNumericDateWithTwoPossibleMonthsIsAmbiguousDayFirstReadingFirst(String message, LocalDate dayFirst, LocalDate monthFirst) {
        DateMention found = Extraction.single(message, EN, TODAY, YearlessPolicy.MOST_RECENT_PAST);

        AmbiguousDate ambiguous = assertInstanceOf(AmbiguousDate.class, found);
        assertEquals(List.of(dayFirst, monthFirst), ambiguous.readings());
    }

    @Test
    void apostropheBeforeTheDayOfAnIsoDateIsNoDate() {
        assertEquals(List.of(), Extraction.mentions("build 2019-12-'01", EN, TODAY, YearlessPolicy.MOST_RECENT_PAST));
    }

    @Test
    void dutchNumericDateIsNeverAmbiguous() {
        LocalDate found = Extraction.pastDate("op 03/04/2021", NL, TODAY);

        assertEquals(LocalDate.of(2021, 4, 3), found);
    }

    @Test
    void dutchNumericDateThatOnlyReadsMonthFirstIsReadMonthFirst() {
        LocalDate found = Extraction.pastDate("ik heb hem op 12/15/2020 ingewisseld", NL, TODAY);

        assertEquals(MID_DECEMBER_2020, found);
    }

    @Test
    void dutchNumericDateWithNoMonthEitherWayIsNoSuchMonth() {
        DateMention found = Extraction.single("op 13/15/2020", NL, TODAY, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(InvalidDate.Problem.NO_SUCH_MONTH, assertInstanceOf(InvalidDate.class, found).problem());
    }
}
