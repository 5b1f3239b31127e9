package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The year of a month named without one, by each rule's cases (today is Monday 7 December 2026). */
class MonthYearTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aMonthNotEndedYetIsThisYearsElseNextYears() {
        assertEquals(YearMonth.of(2026, 12), MonthYear.notEndedBy(Month.DECEMBER, TODAY));
        assertEquals(YearMonth.of(2027, 7), MonthYear.notEndedBy(Month.JULY, TODAY));
    }

    @Test
    void aWinterBegunLastDecemberIsNotEndedInJanuary() {
        assertEquals(YearMonth.of(2026, 12), MonthYear.notEndedBy(12, 3, LocalDate.of(2027, 1, 15)));
        assertEquals(YearMonth.of(2027, 6), MonthYear.notEndedBy(6, 3, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void nextIsTheFirstStartingAfterToday() {
        assertEquals(YearMonth.of(2027, 12), MonthYear.startingAfter(12, TODAY));
        assertEquals(YearMonth.of(2027, 6), MonthYear.startingAfter(6, TODAY));
    }

    @Test
    void besideAFactTheNearestTodayNotEndedByTheFact() {
        assertEquals(Optional.of(YearMonth.of(2026, 7)), MonthYear.nearestNotEndedBy(7, 1, LocalDate.of(2026, 6, 10), TODAY));
        assertEquals(Optional.of(YearMonth.of(2027, 3)), MonthYear.nearestNotEndedBy(3, 1, LocalDate.of(2026, 6, 10), TODAY));
        assertEquals(Optional.empty(), MonthYear.nearestNotEndedBy(3, 1, LocalDate.of(2029, 6, 10), TODAY));
    }
}
