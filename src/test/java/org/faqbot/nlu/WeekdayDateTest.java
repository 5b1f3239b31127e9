package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.faqbot.nlu.YearlessPolicy.MOST_RECENT_PAST;
import static org.faqbot.nlu.YearlessPolicy.NEXT_UPCOMING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekdayDateTest {

    private static final LocalDate MON_7_JUNE = LocalDate.of(2021, 6, 7);
    private static final LocalDate TUE_8_JUNE = LocalDate.of(2021, 6, 8);
    private static final LocalDate MON_14_JUNE = LocalDate.of(2021, 6, 14);
    private static final LocalDate WED_16_JUNE = LocalDate.of(2021, 6, 16);
    private static final LocalDate FRI_18_JUNE = LocalDate.of(2021, 6, 18);
    private static final LocalDate SUN_20_JUNE = LocalDate.of(2021, 6, 20);
    private static final LocalDate MON_21_JUNE = LocalDate.of(2021, 6, 21);
    private static final LocalDate FRI_25_JUNE = LocalDate.of(2021, 6, 25);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(EN, "next Friday", WED_16_JUNE, MOST_RECENT_PAST, FRI_18_JUNE),
                arguments(EN, "next Friday", FRI_18_JUNE, MOST_RECENT_PAST, FRI_25_JUNE),
                arguments(NL, "aanstaande vrijdag", FRI_18_JUNE, MOST_RECENT_PAST, FRI_25_JUNE),
                arguments(NL, "komende vrijdag", WED_16_JUNE, MOST_RECENT_PAST, FRI_18_JUNE),
                arguments(EN, "this Friday", FRI_18_JUNE, MOST_RECENT_PAST, FRI_18_JUNE),
                arguments(NL, "deze vrijdag", WED_16_JUNE, MOST_RECENT_PAST, FRI_18_JUNE),
                arguments(EN, "last Monday", WED_16_JUNE, NEXT_UPCOMING, MON_14_JUNE),
                arguments(EN, "last Monday", MON_14_JUNE, NEXT_UPCOMING, MON_7_JUNE),
                arguments(NL, "afgelopen maandag", MON_14_JUNE, NEXT_UPCOMING, MON_7_JUNE),
                arguments(NL, "vrijdag aanstaande", FRI_18_JUNE, MOST_RECENT_PAST, FRI_25_JUNE),
                arguments(NL, "maandag jongstleden", WED_16_JUNE, NEXT_UPCOMING, MON_14_JUNE),
                arguments(NL, "volgende week maandag", WED_16_JUNE, MOST_RECENT_PAST, MON_21_JUNE),
                arguments(NL, "volgende week maandag", SUN_20_JUNE, MOST_RECENT_PAST, MON_21_JUNE),
                arguments(NL, "maandag volgende week", WED_16_JUNE, MOST_RECENT_PAST, MON_21_JUNE),
                arguments(NL, "vorige week dinsdag", WED_16_JUNE, NEXT_UPCOMING, TUE_8_JUNE),
                arguments(NL, "dinsdag vorige week", MON_14_JUNE, NEXT_UPCOMING, TUE_8_JUNE),
                arguments(EN, "Friday next week", WED_16_JUNE, MOST_RECENT_PAST, FRI_25_JUNE),
                arguments(EN, "last week Tuesday", SUN_20_JUNE, MOST_RECENT_PAST, TUE_8_JUNE),
                arguments(NL, "op maandag", WED_16_JUNE, MOST_RECENT_PAST, MON_14_JUNE),
                arguments(NL, "op maandag", WED_16_JUNE, NEXT_UPCOMING, MON_21_JUNE),
                arguments(EN, "on Monday", MON_14_JUNE, MOST_RECENT_PAST, MON_14_JUNE),
                arguments(EN, "on Monday", MON_14_JUNE, NEXT_UPCOMING, MON_14_JUNE),
                // A week after the coming weekday, today included: one day, not a weekday beside "over een week".
                arguments(NL, "dinsdag over een week", TUE_8_JUNE, MOST_RECENT_PAST, LocalDate.of(2021, 6, 15)),
                arguments(NL, "op vrijdag over een week", MON_14_JUNE, MOST_RECENT_PAST, FRI_25_JUNE),
                arguments(EN, "a week on Tuesday", SUN_20_JUNE, MOST_RECENT_PAST, LocalDate.of(2021, 6, 29)),
                arguments(EN, "a week from Friday", MON_14_JUNE, NEXT_UPCOMING, FRI_25_JUNE),
                arguments(EN, "Tuesday week", MON_14_JUNE, MOST_RECENT_PAST, LocalDate.of(2021, 6, 22)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on {2}, {3} -> {4}")
    @MethodSource("rows")
    void weekdayResolvesRelativeToToday(Lang lang, String message, LocalDate today, YearlessPolicy policy, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, today, policy);

        assertEquals(expected, found.date());
        assertTrue(found.relative());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"support is open maandag t/m vrijdag", "elke maandag", "maandag tot en met vrijdag",
        "Monday to Friday", "Mon-Fri", "every Monday", "each Friday", "'s maandags"})
    void weekdaysInHabitsAndRangesAreNoDates(String message) {
        Lang lang = message.matches(".*(maandag|vrijdag).*") ? NL : EN;

        assertTrue(Extraction.mentions(message, lang, WED_16_JUNE, MOST_RECENT_PAST).isEmpty());
    }
}
