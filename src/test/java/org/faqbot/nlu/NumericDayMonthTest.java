package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumericDayMonthTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 15);
    private static final LocalDate END_OF_JANUARY_2022 = LocalDate.of(2022, 1, 31);

    static Stream<Arguments> dates() {
        return Stream.of(
                arguments(NL, "ze verlopen op 31-01", "31-01"),
                arguments(NL, "ze verlopen op 31/01", "31/01"),
                arguments(NL, "ze verlopen op 31-1, klopt dat?", "31-1"),
                arguments(NL, "ze verlopen 31-01", "31-01"),
                arguments(NL, "31-01", "31-01"),
                arguments(EN, "they expire on 01/31", "01/31"),
                arguments(EN, "they expire on 31/01", "31/01"),
                arguments(EN, "31/1?", "31/1"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("dates")
    void dayAndMonthInADatesPlaceAreAYearlessDate(Lang lang, String message, String span) {
        ResolvedDate found = Extraction.resolved(message, lang, TODAY, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(END_OF_JANUARY_2022, found.date());
        assertEquals(span, found.text());
        assertEquals(false, found.yearGiven());
    }

    @Test
    void dutchReadsBothSmallPartsDayFirst() {
        LocalDate found = Extraction.pastDate("ingewisseld op 3-4", NL, TODAY);

        assertEquals(LocalDate.of(2021, 4, 3), found);
    }

    @Test
    void dutchPairThatOnlyReadsMonthFirstIsReadMonthFirst() {
        LocalDate found = Extraction.pastDate("ingewisseld op 12/15", NL, TODAY);

        assertEquals(LocalDate.of(2020, 12, 15), found);
    }

    @Test
    void englishWithBothPartsPossibleMonthsIsAmbiguousWithTheYearOfThePolicy() {
        DateMention found = Extraction.single("they expire on 03/04", EN, TODAY, YearlessPolicy.NEXT_UPCOMING);

        AmbiguousDate ambiguous = assertInstanceOf(AmbiguousDate.class, found);
        assertEquals(List.of(LocalDate.of(2022, 4, 3), LocalDate.of(2022, 3, 4)), ambiguous.readings());
    }

    @Test
    void dayThatTheMonthDoesNotHaveIsInvalid() {
        DateMention found = Extraction.single("ze verlopen op 31-02", NL, TODAY, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(InvalidDate.Problem.NO_SUCH_DAY, assertInstanceOf(InvalidDate.class, found).problem());
    }

    static Stream<Arguments> notDates() {
        return Stream.of(
                arguments(EN, "3/4 of our licences are assigned"),
                arguments(EN, "can we use it on 3/4 of our devices?"),
                arguments(EN, "it takes 1-2 days"),
                arguments(EN, "on 1-2 business days"),
                arguments(EN, "the meeting is at 10:30"),
                arguments(EN, "it runs on Windows 10/11"),
                arguments(EN, "version 2/3 of the tool"),
                arguments(EN, "it costs 10/12 dollars"),
                arguments(EN, "on 3/4 licenses"),
                arguments(NL, "voor 3/4 van de licenties"),
                arguments(NL, "het werkt op Windows 10/11"),
                arguments(NL, "dat duurt 1-2 werkdagen"),
                arguments(NL, "op 2-3 apparaten"),
                arguments(NL, "verlopen 31.01"),
                arguments(NL, "een score van 7/10"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("notDates")
    void fractionsRangesVersionsAndTimesAreNoDates(Lang lang, String message) {
        List<DateMention> found = Extraction.mentions(message, lang, TODAY, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(List.of(), found);
    }

    @Test
    void dutchNumberWordAsTheDayUpToThirtyOne() {
        LocalDate found = Extraction.date("ze verlopen op eenendertig januari", NL, TODAY, YearlessPolicy.NEXT_UPCOMING);

        assertEquals(END_OF_JANUARY_2022, found);
    }

    @Test
    void dutchNumberWordTwentyTwoWithDiaeresis() {
        LocalDate found = Extraction.pastDate("ingewisseld op tweeëntwintig maart", NL, TODAY);

        assertEquals(LocalDate.of(2021, 3, 22), found);
    }
}
