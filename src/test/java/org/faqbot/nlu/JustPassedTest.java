package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JustPassedTest {

    private static final LocalDate SUNDAY_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    /** The next such day as the policy chose it, today, and the day meant. */
    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(LocalDate.of(2027, 12, 1), SUNDAY_6_DECEMBER_2026, LocalDate.of(2026, 12, 1)),
                arguments(LocalDate.of(2027, 10, 6), SUNDAY_6_DECEMBER_2026, LocalDate.of(2026, 10, 6)),
                arguments(LocalDate.of(2027, 10, 5), SUNDAY_6_DECEMBER_2026, LocalDate.of(2027, 10, 5)),
                arguments(LocalDate.of(2026, 12, 6), SUNDAY_6_DECEMBER_2026, LocalDate.of(2026, 12, 6)),
                arguments(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)),
                arguments(LocalDate.of(2028, 12, 31), LocalDate.of(2028, 1, 5), LocalDate.of(2027, 12, 31)),
                arguments(LocalDate.of(2028, 2, 29), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("rows")
    void dayAYearEarlierIsMeantWhenItPassedAtMostTwoMonthsAgo(LocalDate upcoming, LocalDate today, LocalDate expected) {
        ResolvedDate chosen = new ResolvedDate("x", 0, 1, upcoming, false, false);

        DateMention meant = JustPassed.orUpcoming(chosen, today);

        assertEquals(expected, ((ResolvedDate) meant).date());
    }

    @Test
    void writtenYearIsKept() {
        ResolvedDate written = new ResolvedDate("1 December 2027", 0, 15, LocalDate.of(2027, 12, 1), false, true);

        DateMention meant = JustPassed.orUpcoming(written, SUNDAY_6_DECEMBER_2026);

        assertEquals(written, meant);
    }

    @Test
    void dayCountedFromTodayIsKept() {
        ResolvedDate counted = new ResolvedDate("next Friday", 0, 11, LocalDate.of(2026, 12, 11), true, false);

        DateMention meant = JustPassed.orUpcoming(counted, SUNDAY_6_DECEMBER_2026);

        assertEquals(counted, meant);
    }
}
