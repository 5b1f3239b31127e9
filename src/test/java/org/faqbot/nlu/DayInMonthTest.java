package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An answer with only the day, written out in the month the question asked about (today is 6 December 2026). */
class DayInMonthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest(name = "{0}: \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "EN|the 9th|the 9th of April",
        "EN|On the ninth.|On the ninth of April",
        "EN|9|9 of April",
        "EN|I believe it was the 9th|I believe it was the 9th of April",
        "NL|de 9e|de 9e april",
        "NL|op de 9e|op de 9e april",
        "EN|it was on the 9th|it was on the 9th of April",
        "NL|op de negende|op de negende april",
        "NL|9de!|9de april"})
    void aDayAloneGetsTheMonthAskedAbout(Lang lang, String answer, String expected) {
        assertEquals(Optional.of(expected), DayInMonth.complete(answer, Month.APRIL, OptionalInt.empty(), lang, TODAY));
    }

    @Test
    void theYearNamedWithTheMonthComesWithIt() {
        assertEquals(Optional.of("de 9e april 2025"), DayInMonth.complete("de 9e", Month.APRIL, OptionalInt.of(2025), Lang.NL, TODAY));
    }

    @Test
    void aDayTheMonthDoesNotHaveIsStillWrittenOutForTheReadersToReject() {
        assertEquals(Optional.of("the 30th of February"), DayInMonth.complete("the 30th", Month.FEBRUARY, OptionalInt.empty(), Lang.EN, TODAY));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "EN|yes",
        "EN|no idea",
        "EN|9 June",
        "EN|sometime in June",
        "EN|three weeks ago",
        "NL|weet ik niet",
        "NL|ik heb 9 sleutels"})
    void anythingButADayStaysAsItIs(Lang lang, String answer) {
        assertEquals(Optional.empty(), DayInMonth.complete(answer, Month.APRIL, OptionalInt.empty(), lang, TODAY));
    }
}
