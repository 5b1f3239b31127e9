package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that give a holiday's day in a year. */
class HolidayTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31",
        "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterFollowsTheGregorianComputus(int year, LocalDate expected) {
        assertEquals(expected, Holiday.easter(year));
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
        "12-25, 2026, 2026-12-25",
        "easter+1, 2026, 2026-04-06",
        "easter-2, 2026, 2026-04-03",
        "easter+39, 2026, 2026-05-14",
        "easter+50, 2026, 2026-05-25",
        "11-thursday-4, 2026, 2026-11-26",
        "11-thursday-4, 2025, 2025-11-27",
        "11-thursday-4+1, 2025, 2025-11-28",
        "05-monday-last, 2026, 2026-05-25",
        "04-27.saturday-if-sunday, 2025, 2025-04-26",
        "04-27.saturday-if-sunday, 2026, 2026-04-27"})
    void ruleGivesTheDayInThatYear(String rule, int year, LocalDate expected) {
        assertEquals(expected, Holiday.parse(rule).orElseThrow().in(year));
    }

    @ParameterizedTest(name = "\"{0}\" is no rule")
    @CsvSource({"blockers", "12-25x", "easter+", "11-thursday-5"})
    void otherKeysAreNoRule(String key) {
        assertTrue(Holiday.parse(key).isEmpty());
    }
}
