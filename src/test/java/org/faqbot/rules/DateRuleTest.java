package org.faqbot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateRuleTest {

    private static final RuleBook BOOK = RuleBook.standard();

    private static final LocalDate LEAP_DAY_2020 = LocalDate.of(2020, 2, 29);
    private static final LocalDate NEW_YEARS_EVE_2020 = LocalDate.of(2020, 12, 31);
    private static final LocalDate JAN_31_2021 = LocalDate.of(2021, 1, 31);
    private static final LocalDate DEC_1_2020 = LocalDate.of(2020, 12, 1);

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("key_valid_until", DEC_1_2020, LocalDate.of(2021, 12, 1)),
                Arguments.of("key_valid_until", LEAP_DAY_2020, LocalDate.of(2021, 2, 28)),
                Arguments.of("key_valid_until", NEW_YEARS_EVE_2020, LocalDate.of(2021, 12, 31)),
                Arguments.of("redeem_deadline", JAN_31_2021, JAN_31_2021),
                Arguments.of("user_assignment_grace_until", JAN_31_2021, LocalDate.of(2021, 3, 2)),
                Arguments.of("user_assignment_grace_until", LocalDate.of(2020, 1, 31), LocalDate.of(2020, 3, 1)),
                Arguments.of("user_assignment_grace_until", LocalDate.of(2021, 12, 15), LocalDate.of(2022, 1, 14)),
                Arguments.of("vs_reassign_from", LocalDate.of(2021, 1, 15), LocalDate.of(2021, 4, 15)),
                Arguments.of("vs_reassign_from", LocalDate.of(2020, 12, 10), LocalDate.of(2021, 3, 10)),
                Arguments.of("vs_reassign_from", LocalDate.of(2020, 11, 20), LocalDate.of(2021, 2, 18)),
                Arguments.of("renewal_open_from", LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 1)));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("results")
    void ruleAddsItsPeriodToTheFact(String ruleId, LocalDate fact, LocalDate expected) {
        DateRule rule = BOOK.rule(ruleId).orElseThrow();

        LocalDate result = rule.apply(fact);

        assertEquals(expected, result);
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                // until-rules allow up to and including the result day
                Arguments.of("key_valid_until", DEC_1_2020, LocalDate.of(2021, 11, 30), true),
                Arguments.of("key_valid_until", DEC_1_2020, LocalDate.of(2021, 12, 1), true),
                Arguments.of("key_valid_until", DEC_1_2020, LocalDate.of(2021, 12, 2), false),
                Arguments.of("redeem_deadline", JAN_31_2021, JAN_31_2021, true),
                Arguments.of("redeem_deadline", JAN_31_2021, LocalDate.of(2021, 2, 1), false),
                Arguments.of("user_assignment_grace_until", JAN_31_2021, LocalDate.of(2021, 3, 2), true),
                Arguments.of("user_assignment_grace_until", JAN_31_2021, LocalDate.of(2021, 3, 3), false),
                // from-rules allow from the result day on
                Arguments.of("vs_reassign_from", LocalDate.of(2021, 1, 15), LocalDate.of(2021, 4, 14), false),
                Arguments.of("vs_reassign_from", LocalDate.of(2021, 1, 15), LocalDate.of(2021, 4, 15), true),
                Arguments.of("renewal_open_from", LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 31), false),
                Arguments.of("renewal_open_from", LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 1), true));
    }

    @ParameterizedTest(name = "{0}: fact {1}, today {2} -> {3}")
    @MethodSource("boundaries")
    void yesNoFlipsExactlyOnTheBoundaryDay(String ruleId, LocalDate fact, LocalDate today, boolean expected) {
        DateRule rule = BOOK.rule(ruleId).orElseThrow();

        Evaluation evaluation = Evaluation.of(rule, fact, today);

        assertEquals(expected, evaluation.allowed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void daysFromTodayCountsToTheResult(String ruleId, LocalDate fact, LocalDate expected) {
        DateRule rule = BOOK.rule(ruleId).orElseThrow();

        Evaluation evaluation = Evaluation.of(rule, fact, expected.minusDays(10));

        assertEquals(10, evaluation.daysFromToday());
    }

    static Stream<Arguments> factsFromResults() {
        return Stream.of(
                Arguments.of("key_valid_until", LocalDate.of(2022, 3, 1), LocalDate.of(2021, 3, 1)),
                Arguments.of("key_valid_until", LocalDate.of(2021, 12, 31), NEW_YEARS_EVE_2020),
                Arguments.of("redeem_deadline", JAN_31_2021, JAN_31_2021),
                Arguments.of("user_assignment_grace_until", LocalDate.of(2022, 1, 14), LocalDate.of(2021, 12, 15)));
    }

    @ParameterizedTest(name = "{0}: {1} <- {2}")
    @MethodSource("factsFromResults")
    void factForAResultIsTheResultLessThePeriod(String ruleId, LocalDate result, LocalDate expected) {
        DateRule rule = BOOK.rule(ruleId).orElseThrow();

        LocalDate fact = rule.factFor(result);

        assertEquals(expected, fact);
        assertEquals(result, rule.apply(fact));
    }
}
