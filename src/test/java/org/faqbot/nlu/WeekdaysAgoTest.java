package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "Two Fridays ago": counted back in weekdays, the last one before today being the first. */
class WeekdaysAgoTest {

    private static final LocalDate FRI_27_NOVEMBER_2026 = LocalDate.of(2026, 11, 27);
    private static final LocalDate FRI_4_DECEMBER_2026 = LocalDate.of(2026, 12, 4);
    private static final LocalDate SUN_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(EN, "I redeemed my key two Fridays ago", SUN_6_DECEMBER_2026, "two Fridays ago", FRI_27_NOVEMBER_2026),
                arguments(EN, "redeemed it 2 fridays ago", SUN_6_DECEMBER_2026, "2 fridays ago", FRI_27_NOVEMBER_2026),
                arguments(NL, "ik heb hem twee vrijdagen geleden ingewisseld", SUN_6_DECEMBER_2026, "twee vrijdagen geleden", FRI_27_NOVEMBER_2026),
                arguments(EN, "three Mondays ago", SUN_6_DECEMBER_2026, "three Mondays ago", LocalDate.of(2026, 11, 16)),
                arguments(EN, "two Fridays ago", FRI_4_DECEMBER_2026, "two Fridays ago", LocalDate.of(2026, 11, 20)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on {2} -> {4}")
    @MethodSource("rows")
    void weekdaysAgoCountBackFromTheLastSuchDayBeforeToday(Lang lang, String message, LocalDate today, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, today, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertTrue(found.relative());
    }
}
