package org.faqbot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The yes or no to a question about a day, for a key whose last day of use is 1 December 2021. */
class PolarityTest {

    private static final DateRule KEY = RuleBook.standard().rule("key_valid_until").orElseThrow();
    private static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 1);
    private static final LocalDate DAY_BEFORE = LocalDate.of(2021, 11, 30);
    private static final LocalDate DAY_AFTER = LocalDate.of(2021, 12, 2);

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments(Polarity.ALLOWED, DAY_BEFORE, true),
                arguments(Polarity.ALLOWED, LAST_DAY, true),
                arguments(Polarity.ALLOWED, DAY_AFTER, false),
                arguments(Polarity.ENDS_ON, DAY_BEFORE, false),
                arguments(Polarity.ENDS_ON, LAST_DAY, true),
                arguments(Polarity.ENDS_ON, DAY_AFTER, true),
                arguments(Polarity.ENDED_BY, DAY_BEFORE, false),
                arguments(Polarity.ENDED_BY, LAST_DAY, false),
                arguments(Polarity.ENDED_BY, DAY_AFTER, true),
                arguments(Polarity.ENDS_AFTER, DAY_BEFORE, true),
                arguments(Polarity.ENDS_AFTER, LAST_DAY, false),
                arguments(Polarity.ENDS_AFTER, DAY_AFTER, false));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("answers")
    void endingQuestionsAnswerTheOtherWayRoundFromAllowedOnes(Polarity polarity, LocalDate day, boolean yes) {
        boolean answer = new DayQuestion(day, polarity).yes(KEY, LAST_DAY);

        assertEquals(yes, answer);
    }
}
