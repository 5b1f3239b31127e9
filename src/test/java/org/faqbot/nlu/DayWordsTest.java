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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Days (and English years) written in words: cardinals, ordinals up to the 31st, hyphenated compounds. */
class DayWordsTest {

    private static final LocalDate TUE_15_JUNE_2021 = LocalDate.of(2021, 6, 15);
    private static final LocalDate THIRTY_FIRST_JANUARY_2021 = LocalDate.of(2021, 1, 31);
    private static final LocalDate FIRST_DECEMBER_2020 = LocalDate.of(2020, 12, 1);
    private static final LocalDate THIRD_DECEMBER_2020 = LocalDate.of(2020, 12, 3);
    private static final LocalDate TWENTY_FIRST_MARCH_2021 = LocalDate.of(2021, 3, 21);

    static Stream<Arguments> daysInWords() {
        return Stream.of(
                arguments(EN, "I redeemed it on thirty one January", "thirty one January", THIRTY_FIRST_JANUARY_2021),
                arguments(EN, "redeemed on thirty-one January", "thirty-one January", THIRTY_FIRST_JANUARY_2021),
                arguments(EN, "redeemed on twenty one March 2021", "twenty one March 2021", TWENTY_FIRST_MARCH_2021),
                arguments(EN, "redeemed on the first of December", "the first of December", FIRST_DECEMBER_2020),
                arguments(EN, "redeemed on December third", "December third", THIRD_DECEMBER_2020),
                arguments(EN, "redeemed on the twenty-first of March 2021", "the twenty-first of March 2021", TWENTY_FIRST_MARCH_2021),
                arguments(EN, "redeemed on the thirty-first of January", "the thirty-first of January", THIRTY_FIRST_JANUARY_2021),
                // Far into a long message, where the matchers are tried only a few words before a word every date needs.
                arguments(EN, "Our office moved twice and the admin who handled all of this left, so nobody here knows the "
                        + "details any more, but the notes say it was redeemed on the twenty-first of March 2021",
                        "the twenty-first of March 2021", TWENTY_FIRST_MARCH_2021),
                arguments(EN, "redeemed on March twenty-first", "March twenty-first", TWENTY_FIRST_MARCH_2021),
                arguments(EN, "redeemed on January thirty first, 2021", "January thirty first, 2021", THIRTY_FIRST_JANUARY_2021),
                arguments(EN, "the thirtieth of November", "the thirtieth of November", LocalDate.of(2020, 11, 30)),
                arguments(NL, "ingewisseld op eenendertig januari", "eenendertig januari", THIRTY_FIRST_JANUARY_2021),
                arguments(NL, "ingewisseld op eenendertigste januari", "eenendertigste januari", THIRTY_FIRST_JANUARY_2021),
                arguments(NL, "op de eenentwintigste maart ingewisseld", "de eenentwintigste maart", TWENTY_FIRST_MARCH_2021),
                arguments(NL, "op tweeëntwintigste maart 2021", "tweeëntwintigste maart 2021", LocalDate.of(2021, 3, 22)),
                arguments(NL, "op de eerste van december", "de eerste van december", FIRST_DECEMBER_2020),
                arguments(NL, "op dertigste november", "dertigste november", LocalDate.of(2020, 11, 30)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @MethodSource("daysInWords")
    void dayWrittenInWordsIsRead(Lang lang, String message, String span, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertEquals(span, found.text());
    }

    static Stream<Arguments> yearsInWords() {
        return Stream.of(
                arguments("redeemed on the first of December twenty twenty", FIRST_DECEMBER_2020),
                arguments("redeemed on thirty one January twenty twenty-one", THIRTY_FIRST_JANUARY_2021),
                arguments("redeemed on December third, twenty twenty", THIRD_DECEMBER_2020),
                arguments("assigned on 5 May twenty nineteen", LocalDate.of(2019, 5, 5)));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("yearsInWords")
    void englishYearInWordsIsRead(String message, LocalDate expected) {
        ResolvedDate found = Extraction.resolved(message, EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(expected, found.date());
        assertTrue(found.yearGiven());
    }

    static Stream<Arguments> numberWordsThatAreNoDays() {
        return Stream.of(
                arguments(EN, "I have two keys and one question"),
                arguments(EN, "two may be enough for us"),
                arguments(EN, "In May two keys expired"),
                arguments(EN, "we bought two March licences"),
                arguments(EN, "my first March renewal"),
                arguments(EN, "a December without snow"),
                arguments(EN, "one of the twenty keys"),
                arguments(NL, "ik heb twee sleutels en één vraag"),
                arguments(NL, "in een december zonder sneeuw"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("numberWordsThatAreNoDays")
    void ordinarySentenceWithNumberWordsHasNoDate(Lang lang, String message) {
        List<DateMention> found = Extraction.mentions(message, lang, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(List.of(), found.stream().filter(m -> !(m instanceof ResolvedDate date && date.relative())).toList());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("countsAfterADate")
    void twentyAndACountAfterADateAreNoYear(String message) {
        ResolvedDate found = Extraction.resolved(message, EN, TUE_15_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertFalse(found.yearGiven(), message);
    }

    static Stream<String> countsAfterADate() {
        return Stream.of("on 3 March twenty twelve licences were assigned", "on 3 March twenty two days had passed");
    }
}
