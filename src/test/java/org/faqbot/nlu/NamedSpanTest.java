package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** A month or last year named without a day, as the days it holds (today is Monday 7 December 2026). */
class NamedSpanTest {

    private static final LocalDate MON_7_DECEMBER_2026 = LocalDate.of(2026, 12, 7);

    private static Optional<DateBounds> bounds(String text, Lang lang) {
        return NamedSpan.in(text, lang, MON_7_DECEMBER_2026).flatMap(InvalidDate::bounds);
    }

    @Test
    void aMonthWithoutAYearIsTheLastOneBegun() {
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))), bounds("got it going in May", Lang.EN));
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))), bounds("deze in december", Lang.NL));
    }

    @Test
    void aMonthWithItsYearIsThatYearsMonth() {
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28))), bounds("in februari 2025", Lang.NL));
    }

    @Test
    void lastYearIsTheWholeYearBeforeThisOne() {
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))), bounds("sometime last year", Lang.EN));
        assertEquals(Optional.of(DateBounds.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))), bounds("ergens vorig jaar", Lang.NL));
    }

    @Test
    void twoMonthsOrNoneAreNoSpan() {
        assertEquals(Optional.empty(), bounds("between March and June", Lang.EN));
        assertEquals(Optional.empty(), bounds("hoe lang is een sleutel geldig", Lang.NL));
    }
}
