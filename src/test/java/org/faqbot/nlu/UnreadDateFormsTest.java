package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * Date forms earlier exploratory rounds left unread: a week of a month by its place, two days and the days between
 * them, a bare weekend read by the clause's tense.
 */
class UnreadDateFormsTest {

    private static final LocalDate SUN_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);
    private static final LocalDate WED_9_DECEMBER_2026 = LocalDate.of(2026, 12, 9);

    static Stream<Arguments> weeksOfAMonth() {
        return Stream.of(
                arguments(EN, "we activated it during the first week of June", YearlessPolicy.MOST_RECENT_PAST, "2026-06-01", "2026-06-07"),
                arguments(EN, "the code went in the last week of February", YearlessPolicy.MOST_RECENT_PAST, "2026-02-22", "2026-02-28"),
                arguments(EN, "it runs out in the 3rd week of January", YearlessPolicy.NEXT_UPCOMING, "2027-01-15", "2027-01-21"),
                arguments(EN, "renewed in the fifth week of last month", YearlessPolicy.MOST_RECENT_PAST, "2026-11-29", "2026-11-30"),
                arguments(NL, "in de eerste week van juli 2025 gebruikt", YearlessPolicy.MOST_RECENT_PAST, "2025-07-01", "2025-07-07"),
                arguments(NL, "we hebben hem de laatste week van oktober geactiveerd", YearlessPolicy.MOST_RECENT_PAST, "2026-10-25", "2026-10-31"),
                arguments(NL, "verloopt in de tweede week van volgende maand", YearlessPolicy.NEXT_UPCOMING, "2027-01-08", "2027-01-14"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("weeksOfAMonth")
    void aWeekOfAMonthIsItsSevenDays(Lang lang, String message, YearlessPolicy policy, String first, String last) {
        assertSpan(message, lang, policy, first, last);
    }

    static Stream<Arguments> daysBetween() {
        return Stream.of(
                arguments(EN, "we put the code in between Boxing Day and New Year", YearlessPolicy.MOST_RECENT_PAST, "2025-12-26", "2026-01-01"),
                arguments(EN, "activated somewhere between 4 and 9 May", YearlessPolicy.MOST_RECENT_PAST, "2026-05-04", "2026-05-09"),
                arguments(EN, "redeemed from the 12th to the 18th of August 2025", YearlessPolicy.MOST_RECENT_PAST, "2025-08-12", "2025-08-18"),
                arguments(NL, "ergens tussen kerstavond en oud en nieuw gebruikt", YearlessPolicy.MOST_RECENT_PAST, "2025-12-24", "2026-01-01"),
                arguments(NL, "geactiveerd tussen 2 en 9 september", YearlessPolicy.MOST_RECENT_PAST, "2026-09-02", "2026-09-09"),
                arguments(NL, "ingewisseld van 14 tot 21 februari", YearlessPolicy.MOST_RECENT_PAST, "2026-02-14", "2026-02-21"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("daysBetween")
    void twoDaysAreTheDaysBetween(Lang lang, String message, YearlessPolicy policy, String first, String last) {
        assertSpan(message, lang, policy, first, last);
    }

    @Test
    void aLongPeriodOrACountIsNoSpan() {
        assertEquals(2, Extraction.mentions("the plan runs from 1 April 2026 to 1 April 2027", EN, SUN_6_DECEMBER_2026,
                YearlessPolicy.NEXT_UPCOMING).size());
        assertTrue(Extraction.mentions("tussen 10 en 20 licenties", NL, SUN_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }

    static Stream<Arguments> bareWeekends() {
        return Stream.of(
                arguments(EN, "we activated the licence over the weekend", "2026-12-05", "2026-12-06"),
                arguments(EN, "the benefits will lapse during the weekend", "2026-12-12", "2026-12-13"),
                arguments(NL, "heb de code tijdens het weekend gebruikt", "2026-12-05", "2026-12-06"),
                arguments(NL, "de sleutel gaat in het weekend verlopen", "2026-12-12", "2026-12-13"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("bareWeekends")
    void aBareWeekendIsTheOneItsTenseSays(Lang lang, String message, String first, String last) {
        InvalidDate found = assertInstanceOf(InvalidDate.class,
                Extraction.single(message, lang, WED_9_DECEMBER_2026, YearlessPolicy.NEXT_OR_JUST_PASSED));

        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), found.bounds());
    }

    @Test
    void aWeekendInThePresentIsAHabit() {
        assertTrue(Extraction.mentions("can I reach the helpdesk at the weekend?", EN, WED_9_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
        assertTrue(Extraction.mentions("zijn jullie in het weekend open?", NL, WED_9_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST).isEmpty());
    }

    private static void assertSpan(String message, Lang lang, YearlessPolicy policy, String first, String last) {
        InvalidDate found = assertInstanceOf(InvalidDate.class, Extraction.single(message, lang, SUN_6_DECEMBER_2026, policy));

        assertEquals(InvalidDate.Problem.NOT_EXACT, found.problem());
        assertEquals(Optional.of(DateBounds.between(LocalDate.parse(first), LocalDate.parse(last))), found.bounds());
    }
}
