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

/** Christmas, New Year's Eve and New Year named as days, with the year rule of any date written without a year. */
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
                arguments(NL, "het kerstpakket is binnen"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("notDays")
    void holidayWordsThatNameNoDayGiveNoMention(Lang lang, String message) {
        List<DateMention> found = Extraction.mentions(message, lang, SUNDAY_6_DECEMBER_2026, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(List.of(), found);
    }
}
