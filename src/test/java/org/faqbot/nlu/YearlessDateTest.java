package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.faqbot.nlu.YearlessPolicy.MOST_RECENT_PAST;
import static org.faqbot.nlu.YearlessPolicy.NEXT_UPCOMING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YearlessDateTest {

    private static final LocalDate MID_JUNE_2021 = LocalDate.of(2021, 6, 16);
    private static final LocalDate SECOND_JANUARY_2021 = LocalDate.of(2021, 1, 2);
    private static final LocalDate NEW_YEARS_EVE_2021 = LocalDate.of(2021, 12, 31);
    private static final LocalDate LEAP_DAY_2024 = LocalDate.of(2024, 2, 29);
    private static final LocalDate FIRST_MARCH_2024 = LocalDate.of(2024, 3, 1);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(NL, "op 3 maart", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 3, 3)),
                arguments(NL, "op 3 maart", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2022, 3, 3)),
                arguments(EN, "on December 5th", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 12, 5)),
                arguments(EN, "on December 5th", MID_JUNE_2021, NEXT_UPCOMING, LocalDate.of(2021, 12, 5)),
                arguments(NL, "op 31 december", SECOND_JANUARY_2021, MOST_RECENT_PAST, LocalDate.of(2020, 12, 31)),
                arguments(NL, "op 31 december", SECOND_JANUARY_2021, NEXT_UPCOMING, NEW_YEARS_EVE_2021),
                arguments(EN, "on 1 January", NEW_YEARS_EVE_2021, MOST_RECENT_PAST, LocalDate.of(2021, 1, 1)),
                arguments(EN, "on 1 January", NEW_YEARS_EVE_2021, NEXT_UPCOMING, LocalDate.of(2022, 1, 1)),
                arguments(NL, "op 16 juni", MID_JUNE_2021, MOST_RECENT_PAST, MID_JUNE_2021),
                arguments(EN, "on June 16", MID_JUNE_2021, NEXT_UPCOMING, MID_JUNE_2021),
                arguments(NL, "op 29 februari", MID_JUNE_2021, MOST_RECENT_PAST, LocalDate.of(2020, 2, 29)),
                arguments(NL, "op 29 februari", MID_JUNE_2021, NEXT_UPCOMING, LEAP_DAY_2024),
                arguments(EN, "on 29 February", LEAP_DAY_2024, MOST_RECENT_PAST, LEAP_DAY_2024),
                arguments(EN, "on 29 February", LEAP_DAY_2024, NEXT_UPCOMING, LEAP_DAY_2024),
                arguments(EN, "Feb 29th", FIRST_MARCH_2024, MOST_RECENT_PAST, LEAP_DAY_2024),
                arguments(EN, "Feb 29th", FIRST_MARCH_2024, NEXT_UPCOMING, LocalDate.of(2028, 2, 29)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on {2}, {3} -> {4}")
    @MethodSource("rows")
    void yearlessDateTakesNearestYearInPolicyDirectionTodayIncluded(Lang lang, String message, LocalDate today,
            YearlessPolicy policy, LocalDate expected) {
        LocalDate found = Extraction.date(message, lang, today, policy);

        assertEquals(expected, found);
    }

    @Test
    void leapDayAfter2096SkipsTheCenturyYear2100() {
        DateExtractor extractor = new DateExtractor(2000, 2200);

        DateMention found = extractor.extract("op 29 februari", NL, LocalDate.of(2097, 1, 1), NEXT_UPCOMING).get(0);

        assertEquals(LocalDate.of(2104, 2, 29), ((ResolvedDate) found).date());
    }
}
