package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link YearlessPolicy#NEXT_OR_JUST_PASSED}: a deadline stated in the present is the day that passed at most two months
 * ago, else the next one; only a day and month whose year the policy chose can move (today is 6 December 2026).
 */
class StatedDeadlineDateTest {

    private static final LocalDate SUNDAY_6_DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    static Stream<Arguments> stated() {
        return Stream.of(
                arguments(EN, "my benefits expire on 1 December", LocalDate.of(2026, 12, 1)),
                arguments(NL, "onze voordelen vervallen op 1 december", LocalDate.of(2026, 12, 1)),
                arguments(EN, "the renewal start date is 7 October", LocalDate.of(2026, 10, 7)),
                arguments(EN, "the renewal start date is 5 October", LocalDate.of(2027, 10, 5)),
                arguments(NL, "ze verlopen met kerst", LocalDate.of(2026, 12, 25)),
                arguments(EN, "they expire on 1 December 2027", LocalDate.of(2027, 12, 1)),
                arguments(EN, "they expire next Friday", LocalDate.of(2026, 12, 11)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("stated")
    void aDeadlineStatedInThePresentIsTheOneJustPassedElseTheNext(Lang lang, String message, LocalDate expected) {
        LocalDate found = Extraction.date(message, lang, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_OR_JUST_PASSED);

        assertEquals(expected, found);
    }

    @Test
    void aBoundKeepsTheNextDay() {
        DateMention found = Extraction.single("they expire before 1 December", EN, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_OR_JUST_PASSED);

        InvalidDate bound = assertInstanceOf(InvalidDate.class, found);
        assertEquals(Extraction.single("they expire before 1 December", EN, SUNDAY_6_DECEMBER_2026, YearlessPolicy.NEXT_UPCOMING), bound);
    }
}
