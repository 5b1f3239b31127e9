package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holidays named as days, fixed (Christmas, New Year) or moving (Easter and the days counted from it, Koningsdag,
 * Thanksgiving), with the year rule of any date written without a year.
 */
class HolidayDateTest {

    private static final LocalDate SUNDAY_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);
    private static final LocalDate CHRISTMAS_2025 = LocalDate.of(2025, 12, 25);
    private static final LocalDate CHRISTMAS_2026 = LocalDate.of(2026, 12, 25);

    static Stream<Arguments> pastHolidays() {
        return Stream.of(
                arguments(NL, "ik heb de sleutel met kerst ingewisseld", "kerst", CHRISTMAS_2025),
                arguments(NL, "rond Kerstmis geactiveerd", "Kerstmis", CHRISTMAS_2025),
                arguments(NL, "op eerste kerstdag ingewisseld", "eerste kerstdag", CHRISTMAS_2025),
                arguments(NL, "op tweede kerstdag ingewisseld", "tweede kerstdag", LocalDate.of(2025, 12, 26)),
                arguments(NL, "op kerstavond ingewisseld", "kerstavond", LocalDate.of(2025, 12, 24)),
                arguments(NL, "op nieuwjaarsdag ingewisseld", "nieuwjaarsdag", LocalDate.of(2026, 1, 1)),
                arguments(NL, "op oudejaarsdag ingewisseld", "oudejaarsdag", LocalDate.of(2025, 12, 31)),
                arguments(NL, "met oudjaar ingewisseld", "oudjaar", LocalDate.of(2025, 12, 31)),
                arguments(NL, "op oudejaarsavond geactiveerd", "oudejaarsavond", LocalDate.of(2025, 12, 31)),
                arguments(NL, "met nieuwjaar ingewisseld", "nieuwjaar", LocalDate.of(2026, 1, 1)),
                arguments(NL, "ik heb hem met Christmas ingewisseld", "Christmas", CHRISTMAS_2025),
                arguments(EN, "I redeemed it at Christmas", "Christmas", CHRISTMAS_2025),
                arguments(EN, "redeemed on Christmas Day", "Christmas Day", CHRISTMAS_2025),
                arguments(EN, "redeemed on Christmas Eve", "Christmas Eve", LocalDate.of(2025, 12, 24)),
                arguments(EN, "redeemed on New Year's Day", "New Year's Day", LocalDate.of(2026, 1, 1)),
                arguments(EN, "I activated them on New Year's", "New Year's", LocalDate.of(2026, 1, 1)),
                arguments(EN, "redeemed on New Year\u2019s Eve", "New Year\u2019s Eve", LocalDate.of(2025, 12, 31)),
                arguments(EN, "redeemed on Boxing Day", "Boxing Day", LocalDate.of(2025, 12, 26)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("pastHolidays")
    void holidayWithoutAYearIsTheLastOneForAPastEvent(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, SUNDAY_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertFalse(found.yearGiven());
    }

    static Stream<Arguments> pastMovingHolidays() {
        return Stream.of(
                arguments(EN, "I redeemed my key on Easter Monday", "Easter Monday", LocalDate.of(2026, 4, 6)),
                arguments(EN, "activated it at Easter", "Easter", LocalDate.of(2026, 4, 5)),
                arguments(EN, "redeemed on Good Friday", "Good Friday", LocalDate.of(2026, 4, 3)),
                arguments(EN, "redeemed on Ascension Day", "Ascension Day", LocalDate.of(2026, 5, 14)),
                arguments(EN, "assigned it at Pentecost", "Pentecost", LocalDate.of(2026, 5, 24)),
                arguments(EN, "redeemed on Whit Monday", "Whit Monday", LocalDate.of(2026, 5, 25)),
                arguments(EN, "redeemed on Thanksgiving", "Thanksgiving", LocalDate.of(2026, 11, 26)),
                arguments(EN, "bought and redeemed on Black Friday", "Black Friday", LocalDate.of(2026, 11, 27)),
                arguments(EN, "redeemed on King's Day", "King's Day", LocalDate.of(2026, 4, 27)),
                arguments(NL, "met Pasen ingewisseld", "Pasen", LocalDate.of(2026, 4, 5)),
                arguments(NL, "op tweede paasdag geactiveerd", "tweede paasdag", LocalDate.of(2026, 4, 6)),
                arguments(NL, "op Goede Vrijdag ingewisseld", "Goede Vrijdag", LocalDate.of(2026, 4, 3)),
                arguments(NL, "op Hemelvaartsdag ingewisseld", "Hemelvaartsdag", LocalDate.of(2026, 5, 14)),
                arguments(NL, "met Pinksteren ingewisseld", "Pinksteren", LocalDate.of(2026, 5, 24)),
                arguments(NL, "op tweede pinksterdag ingewisseld", "tweede pinksterdag", LocalDate.of(2026, 5, 25)),
                arguments(NL, "op Koningsdag ingewisseld", "Koningsdag", LocalDate.of(2026, 4, 27)),
                arguments(NL, "op Bevrijdingsdag ingewisseld", "Bevrijdingsdag", LocalDate.of(2026, 5, 5)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("pastMovingHolidays")
    void movingHolidayWithoutAYearIsTheLastOneForAPastEvent(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, SUNDAY_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertFalse(found.yearGiven());
    }

    static Stream<Arguments> movingHolidaysWithAYear() {
        return Stream.of(
                arguments(EN, "redeemed on Easter Monday 2025", "Easter Monday 2025", LocalDate.of(2025, 4, 21)),
                arguments(EN, "redeemed on Thanksgiving 2025", "Thanksgiving 2025", LocalDate.of(2025, 11, 27)),
                arguments(EN, "redeemed on Black Friday 2025", "Black Friday 2025", LocalDate.of(2025, 11, 28)),
                arguments(EN, "expires next Easter", "next Easter", LocalDate.of(2027, 3, 28)),
                arguments(NL, "met Pasen 2024 ingewisseld", "Pasen 2024", LocalDate.of(2024, 3, 31)),
                arguments(NL, "op Hemelvaartsdag vorig jaar ingewisseld", "Hemelvaartsdag vorig jaar", LocalDate.of(2025, 5, 29)),
                // 27 April 2025 was a Sunday: Koningsdag was the Saturday before.
                arguments(NL, "op Koningsdag 2025 ingewisseld", "Koningsdag 2025", LocalDate.of(2025, 4, 26)),
                arguments(NL, "vorige Pinksteren ingewisseld", "vorige Pinksteren", LocalDate.of(2026, 5, 24)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("movingHolidaysWithAYear")
    void movingHolidayWithAYearOrAShiftIsThatYearsOne(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
    }

    @Test
    void movingHolidayOfADeadlineIsTheNextOne() {
        LocalDate found = Extraction.date("onze voordelen verlopen met Pasen", NL, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(LocalDate.of(2027, 3, 28), found);
    }

    @Test
    void movingHolidayOfADeadlineStatedInThePresentIsTheOneJustPassed() {
        LocalDate found = Extraction.date("our benefits expire on Black Friday", EN, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_OR_JUST_PASSED);

        assertEquals(LocalDate.of(2026, 11, 27), found);
    }

    @Test
    void movingHolidayOfADeadlineStatedInThePresentLongPassedIsTheNextOne() {
        LocalDate found = Extraction.date("our benefits expire on Easter Monday", EN, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_OR_JUST_PASSED);

        assertEquals(LocalDate.of(2027, 3, 29), found);
    }

    @Test
    void holidayWithoutAYearIsTheNextOneForADeadline() {
        LocalDate found = Extraction.date("mijn voordelen verlopen met kerst", NL, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(CHRISTMAS_2026, found);
    }

    @Test
    void oudjaarWithoutAYearIsTheNextOneForADeadline() {
        LocalDate found = Extraction.date("onze voordelen verlopen met oudjaar", NL, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(LocalDate.of(2026, 12, 31), found);
    }

    static Stream<Arguments> holidaysWithAYear() {
        return Stream.of(
                arguments(NL, "met kerst 2024 ingewisseld", "kerst 2024", LocalDate.of(2024, 12, 25)),
                arguments(EN, "redeemed on Christmas Day, 2024", "Christmas Day, 2024", LocalDate.of(2024, 12, 25)),
                arguments(NL, "met kerst vorig jaar ingewisseld", "kerst vorig jaar", CHRISTMAS_2025),
                arguments(NL, "met oudjaar 2024 ingewisseld", "oudjaar 2024", LocalDate.of(2024, 12, 31)),
                arguments(NL, "vorig oudjaar ingewisseld", "vorig oudjaar", LocalDate.of(2025, 12, 31)),
                arguments(EN, "redeemed last Christmas", "last Christmas", CHRISTMAS_2025),
                arguments(NL, "verloopt volgende kerst", "volgende kerst", CHRISTMAS_2026),
                arguments(EN, "redeemed on New Year's Day 2026", "New Year's Day 2026", LocalDate.of(2026, 1, 1)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("holidaysWithAYear")
    void holidayWithAYearOrAShiftIsThatOne(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertTrue(found.yearGiven());
    }

    static Stream<Arguments> notDays() {
        return Stream.of(
                arguments(EN, "the Christmas party was fun"),
                arguments(EN, "a Christmas sale on licences"),
                arguments(EN, "I'll redeem it in the new year"),
                arguments(EN, "my New Year's resolution is to renew"),
                arguments(NL, "het kerstpakket is binnen"),
                // Nor is the weekday in the holiday's name a day of its own.
                arguments(EN, "the Black Friday sale had cheap licences"),
                arguments(EN, "our Easter Monday brunch"),
                arguments(NL, "de Goede Vrijdag dienst"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("notDays")
    void holidayWordsThatNameNoDayGiveNoMention(Lang lang, String message) {
        List<DateMention> found = Extraction.mentions(message, lang, SUNDAY_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(List.of(), found);
    }
}
