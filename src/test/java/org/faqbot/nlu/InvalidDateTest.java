package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.faqbot.nlu.InvalidDate.Problem.NO_SUCH_DAY;
import static org.faqbot.nlu.InvalidDate.Problem.NO_SUCH_MONTH;
import static org.faqbot.nlu.InvalidDate.Problem.WEEKDAY_MISMATCH;
import static org.faqbot.nlu.InvalidDate.Problem.YEAR_OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.InvalidDate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidDateTest {

    private static final LocalDate MID_JUNE_2021 = LocalDate.of(2021, 6, 16);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(NL, "ingewisseld op 31-02-2021", "31-02-2021", NO_SUCH_DAY),
                arguments(NL, "op 30 februari 2021", "30 februari 2021", NO_SUCH_DAY),
                arguments(NL, "op 29-02-2021", "29-02-2021", NO_SUCH_DAY),
                arguments(NL, "op 32 januari", "32 januari", NO_SUCH_DAY),
                arguments(NL, "op 0 mei", "0 mei", NO_SUCH_DAY),
                arguments(EN, "on 31 April", "31 April", NO_SUCH_DAY),
                arguments(EN, "on 02/30/2021", "02/30/2021", NO_SUCH_DAY),
                arguments(NL, "29 februari dit jaar", "29 februari dit jaar", NO_SUCH_DAY),
                arguments(EN, "on 13/13/2021", "13/13/2021", NO_SUCH_MONTH),
                arguments(NL, "op 13-14-2021", "13-14-2021", NO_SUCH_MONTH),
                arguments(EN, "2021-13-01", "2021-13-01", NO_SUCH_MONTH),
                arguments(NL, "op 1 januari 1899", "1 januari 1899", YEAR_OUT_OF_RANGE),
                arguments(NL, "op 1-1-1899", "1-1-1899", YEAR_OUT_OF_RANGE),
                arguments(EN, "until 2300-01-01", "2300-01-01", YEAR_OUT_OF_RANGE),
                arguments(EN, "until May 5, 2300", "May 5, 2300", YEAR_OUT_OF_RANGE),
                arguments(EN, "in 150 years", "in 150 years", YEAR_OUT_OF_RANGE),
                arguments(EN, "in 9999 years", "in 9999 years", YEAR_OUT_OF_RANGE),
                arguments(EN, "Tuesday, May 3, 2021", "Tuesday, May 3, 2021", WEEKDAY_MISMATCH),
                arguments(NL, "dinsdag 3 mei 2021", "dinsdag 3 mei 2021", WEEKDAY_MISMATCH),
                arguments(NL, "zondag 17 juni", "zondag 17 juni", WEEKDAY_MISMATCH));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("rows")
    void impossibleOrImplausibleDateIsInvalidWithItsProblem(Lang lang, String message, String span, Problem problem) {
        DateMention found = Extraction.single(message, lang, MID_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        InvalidDate invalid = assertInstanceOf(InvalidDate.class, found);
        assertEquals(problem, invalid.problem());
        assertEquals(span, invalid.text());
    }

    @Test
    void leapDayInLeapYearIsValid() {
        assertEquals(LocalDate.of(2024, 2, 29), Extraction.pastDate("op 29-02-2024", NL, MID_JUNE_2021));
    }

    @Test
    void customRangeRejectsYearsOutsideIt() {
        DateExtractor extractor = new DateExtractor(2010, 2030);

        DateMention found = extractor.extract("op 1-1-2005", NL, MID_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST).get(0);

        assertEquals(YEAR_OUT_OF_RANGE, assertInstanceOf(InvalidDate.class, found).problem());
    }

    @Test
    void descendingRangeIsRejectedWithBothYears() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> new DateExtractor(2100, 2000));

        assertEquals("Plausible years must be an ascending range within java.time's years, got 2100..2000", thrown.getMessage());
    }
}
