package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.faqbot.nlu.YearlessPolicy.MOST_RECENT_PAST;
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

/**
 * The last month given without a day, the way people date a thing they did loosely ("last month", "vorige maand"):
 * the whole month is the date's bounds, as for "begin maart", so a rule can still answer.
 */
class VagueMonthTest {

    private static final LocalDate SUN_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    static Stream<Arguments> spans() {
        return Stream.of(
                arguments(EN, "we got the code last month", MOST_RECENT_PAST, "last month", "2026-11-01", "2026-11-30"),
                arguments(NL, "de code komt van vorige maand", MOST_RECENT_PAST, "vorige maand", "2026-11-01", "2026-11-30"),
                arguments(EN, "bought in the 2 weeks since last month", MOST_RECENT_PAST, "last month", "2026-11-01", "2026-11-30"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("spans")
    void aMonthOrYearWithoutADayIsItsDays(Lang lang, String message, YearlessPolicy policy, String span, String first, String last) {
        InvalidDate found = assertInstanceOf(InvalidDate.class, Extraction.single(message, lang, SUN_6_DECEMBER_2026, policy));

        assertEquals(InvalidDate.Problem.NOT_EXACT, found.problem());
        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), found.bounds());
        assertEquals(span, found.text());
    }

    @Test
    void aDayOfLastMonthIsStillThatDay() {
        assertEquals(LocalDate.of(2026, 11, 5), Extraction.pastDate("activated on the 5th of last month", EN, SUN_6_DECEMBER_2026));
        assertEquals(LocalDate.of(2026, 11, 30), Extraction.pastDate("op de laatste dag van vorige maand", NL, SUN_6_DECEMBER_2026));
    }

    @Test
    void lastYearAloneIsStillNoDate() {
        assertEquals(0, Extraction.mentions("last year we renewed too late", EN, SUN_6_DECEMBER_2026, MOST_RECENT_PAST).size());
    }
}
