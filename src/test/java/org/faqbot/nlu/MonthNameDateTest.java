package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MonthNameDateTest {

    private static final LocalDate WED_16_JUNE_2021 = LocalDate.of(2021, 6, 16);
    private static final LocalDate FIRST_DECEMBER_2020 = LocalDate.of(2020, 12, 1);
    private static final LocalDate LAST_JANUARY_2022 = LocalDate.of(2022, 1, 31);
    private static final LocalDate MONDAY_3_MAY_2021 = LocalDate.of(2021, 5, 3);

    static Stream<Arguments> writtenWithYear() {
        return Stream.of(
                arguments(NL, "Ik heb de sleutel op 1 december 2020 geactiveerd", "1 december 2020", FIRST_DECEMBER_2020),
                arguments(NL, "geactiveerd op 1 dec. 2020 via de partnerportal", "1 dec. 2020", FIRST_DECEMBER_2020),
                arguments(NL, "Activatie: 1 dec 2020", "1 dec 2020", FIRST_DECEMBER_2020),
                arguments(NL, "sinds 1e december 2020 actief", "1e december 2020", FIRST_DECEMBER_2020),
                arguments(NL, "vanaf de 1ste december 2020", "de 1ste december 2020", FIRST_DECEMBER_2020),
                arguments(NL, "het contract loopt tot 31 januari 2022.", "31 januari 2022", LAST_JANUARY_2022),
                arguments(NL, "Het was op 15 MAART 2021", "15 MAART 2021", LocalDate.of(2021, 3, 15)),
                arguments(NL, "ingewisseld 7 sept 2020", "7 sept 2020", LocalDate.of(2020, 9, 7)),
                arguments(NL, "ingewisseld 7 Sep. 2020", "7 Sep. 2020", LocalDate.of(2020, 9, 7)),
                arguments(NL, "toegewezen op 2 mrt 2021", "2 mrt 2021", LocalDate.of(2021, 3, 2)),
                arguments(NL, "verlengd op 12 okt. 2020", "12 okt. 2020", LocalDate.of(2020, 10, 12)),
                arguments(NL, "en 2 mei 2021 ook", "2 mei 2021", LocalDate.of(2021, 5, 2)),
                arguments(NL, "maandag 3 mei 2021 was de start", "maandag 3 mei 2021", MONDAY_3_MAY_2021),
                arguments(NL, "datum december 1, 2020 in het portal", "december 1, 2020", FIRST_DECEMBER_2020),
                arguments(EN, "It expired on December 1, 2020", "December 1, 2020", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed Dec 1st 2020", "Dec 1st 2020", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed December 1st, 2020!", "December 1st, 2020", FIRST_DECEMBER_2020),
                arguments(EN, "since the 1st of December 2020", "the 1st of December 2020", FIRST_DECEMBER_2020),
                arguments(EN, "from 1st of Dec 2020", "1st of Dec 2020", FIRST_DECEMBER_2020),
                arguments(EN, "valid until January 31, 2022", "January 31, 2022", LAST_JANUARY_2022),
                arguments(EN, "valid until 31st January 2022", "31st January 2022", LAST_JANUARY_2022),
                arguments(EN, "started Monday, May 3, 2021", "Monday, May 3, 2021", MONDAY_3_MAY_2021),
                arguments(EN, "started Mon. 3 May 2021", "Mon. 3 May 2021", MONDAY_3_MAY_2021),
                arguments(EN, "started oct 12 2020", "oct 12 2020", LocalDate.of(2020, 10, 12)),
                arguments(EN, "SEPT. 9, 2020 was the date", "SEPT. 9, 2020", LocalDate.of(2020, 9, 9)),
                arguments(EN, "on the second of March 2021", "the second of March 2021", LocalDate.of(2021, 3, 2)),
                arguments(EN, "on may 3, 2021 lower case", "may 3, 2021", MONDAY_3_MAY_2021),
                // An apostrophe marks two digits as a year, after a dot or comma too, and even before a counted noun.
                arguments(EN, "redeemed on 1 Dec '19", "1 Dec '19", LocalDate.of(2019, 12, 1)),
                arguments(EN, "redeemed on Dec 1, '19, right?", "Dec 1, '19", LocalDate.of(2019, 12, 1)),
                arguments(EN, "bought on 3 Mar ’18 licences", "3 Mar ’18", LocalDate.of(2018, 3, 3)),
                arguments(NL, "ingewisseld op 1 dec. '19", "1 dec. '19", LocalDate.of(2019, 12, 1)),
                arguments(NL, "ingewisseld op 1-dec-'19", "1-dec-'19", LocalDate.of(2019, 12, 1)),
                arguments(NL, "ingewisseld op 1 mrt '19", "1 mrt '19", LocalDate.of(2019, 3, 1)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("writtenWithYear")
    void monthNameDateWithYearResolvesToThatDay(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertTrue(found.yearGiven());
        assertFalse(found.relative());
    }

    static Stream<Arguments> writtenWithoutYear() {
        return Stream.of(
                arguments(NL, "op 3 maart", "3 maart", LocalDate.of(2021, 3, 3)),
                arguments(NL, "ik deed het 22 februari", "22 februari", LocalDate.of(2021, 2, 22)),
                arguments(NL, "sinds 1e december", "1e december", FIRST_DECEMBER_2020),
                arguments(NL, "sinds de 1ste december", "de 1ste december", FIRST_DECEMBER_2020),
                arguments(EN, "on March 31", "March 31", LocalDate.of(2021, 3, 31)),
                arguments(EN, "by December 5th", "December 5th", LocalDate.of(2020, 12, 5)),
                arguments(EN, "the 31st January", "the 31st January", LocalDate.of(2021, 1, 31)),
                arguments(EN, "from the first of March", "the first of March", LocalDate.of(2021, 3, 1)),
                arguments(EN, "on 1st of Dec", "1st of Dec", FIRST_DECEMBER_2020),
                arguments(EN, "sorry, it was 4 June", "4 June", LocalDate.of(2021, 6, 4)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("writtenWithoutYear")
    void monthNameDateWithoutYearTakesMostRecentPastYear(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
        assertFalse(found.yearGiven());
    }

    static Stream<Arguments> relativeYears() {
        return Stream.of(
                arguments(NL, "3 maart vorig jaar", LocalDate.of(2020, 3, 3)),
                arguments(NL, "22 februari dit jaar", LocalDate.of(2021, 2, 22)),
                arguments(NL, "10 januari volgend jaar", LocalDate.of(2022, 1, 10)),
                arguments(NL, "1 december afgelopen jaar", FIRST_DECEMBER_2020),
                arguments(EN, "the 3rd of March this year", LocalDate.of(2021, 3, 3)),
                arguments(EN, "on March 31 last year", LocalDate.of(2020, 3, 31)),
                arguments(EN, "December 5th next year", LocalDate.of(2022, 12, 5)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("relativeYears")
    void thisLastOrNextYearFixesTheYearWhateverThePolicy(Lang lang, String message, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, WED_16_JUNE_2021, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(expected, found.date());
        assertTrue(found.yearGiven());
    }

    @Test
    void weekdayInFrontBelongsToTheSpan() {
        ResolvedDate found = Extraction.resolved("Het was maandag 3 mei.", NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals("maandag 3 mei", found.text());
        assertEquals(MONDAY_3_MAY_2021, found.date());
    }

    @Test
    void weekdayPicksTheYearBeforeWhenThePastPolicysYearHasTheWrongWeekday() {
        // 1 December 2026 was a Tuesday; said on 6 December 2026, a past Monday the 1st is 2025's.
        LocalDate found = Extraction.pastDate("I redeemed my key on Monday the 1st of December", EN, LocalDate.of(2026, 12, 6));

        assertEquals(LocalDate.of(2025, 12, 1), found);
    }

    @Test
    void weekdayPicksTheYearAfterWhenTheNextPolicysYearHasTheWrongWeekday() {
        LocalDate found = Extraction.date("vrijdag 1 december", NL, LocalDate.of(2026, 12, 6), YearlessPolicy.NEXT_UPCOMING);

        assertEquals(LocalDate.of(2028, 12, 1), found);
    }

    @Test
    void weekdayPicksTheOtherSideOfTodayWhenThePolicysYearHasTheWrongWeekday() {
        LocalDate found = Extraction.pastDate("kan het zaterdag 19 juni?", NL, WED_16_JUNE_2021);

        assertEquals(LocalDate.of(2021, 6, 19), found);
    }

    @Test
    void capitalisedWordAfterACommaDoesNotHideTheDate() {
        LocalDate found = Extraction.pastDate("Hoi, Per 1 januari 2021 ging het in", NL, WED_16_JUNE_2021);

        assertEquals(LocalDate.of(2021, 1, 1), found);
    }

    @Test
    void monthAbbreviationDotIsNotPartOfTheSpanAtSentenceEnd() {
        ResolvedDate found = Extraction.resolved("Dat was op 4 dec.", NL, WED_16_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals("4 dec", found.text());
    }
}
