package org.faqbot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BoundedEvaluationTest {

    private static final RuleBook BOOK = RuleBook.standard();

    private static final LocalDate TUE_15_JUNE_2021 = LocalDate.of(2021, 6, 15);
    private static final LocalDate DAY_BEFORE_A_YEAR_AGO = LocalDate.of(2020, 6, 14);
    private static final LocalDate A_YEAR_AGO = LocalDate.of(2020, 6, 15);
    private static final LocalDate SIX_MONTHS_AGO = LocalDate.of(2020, 12, 15);
    private static final LocalDate DAY_AFTER_A_MONTH_AGO = LocalDate.of(2021, 5, 16);
    private static final Optional<LocalDate> OPEN = Optional.empty();

    static Stream<Arguments> verdicts() {
        return Stream.of(
                // "more than a year ago": the key's last day is yesterday at the latest
                Arguments.of("key_valid_until", OPEN, Optional.of(DAY_BEFORE_A_YEAR_AGO), Optional.of(false)),
                // "at least a year ago": the last day may be today
                Arguments.of("key_valid_until", OPEN, Optional.of(A_YEAR_AGO), Optional.empty()),
                // "less than a month ago": the last day lies ahead
                Arguments.of("key_valid_until", Optional.of(DAY_AFTER_A_MONTH_AGO), Optional.of(TUE_15_JUNE_2021), Optional.of(true)),
                // "more than 6 months ago": either
                Arguments.of("key_valid_until", OPEN, Optional.of(SIX_MONTHS_AGO.minusDays(1)), Optional.empty()),
                // "after 1 June" with no upper end: certainly still usable
                Arguments.of("key_valid_until", Optional.of(LocalDate.of(2021, 6, 2)), OPEN, Optional.of(true)),
                // a from rule the other way round: assigned more than 90 days ago may be reassigned, less than 30 not yet
                Arguments.of("vs_reassign_from", OPEN, Optional.of(TUE_15_JUNE_2021.minusDays(91)), Optional.of(true)),
                Arguments.of("vs_reassign_from", Optional.of(TUE_15_JUNE_2021.minusDays(29)), Optional.of(TUE_15_JUNE_2021), Optional.of(false)),
                Arguments.of("vs_reassign_from", OPEN, Optional.of(TUE_15_JUNE_2021.minusDays(31)), Optional.empty()),
                // a deadline that is the fact itself: benefits that expire in more than a month can still be redeemed
                Arguments.of("redeem_deadline", Optional.of(LocalDate.of(2021, 7, 16)), OPEN, Optional.of(true)),
                Arguments.of("redeem_deadline", OPEN, Optional.of(LocalDate.of(2021, 6, 14)), Optional.of(false)));
    }

    @ParameterizedTest(name = "{0}: {1}..{2} -> {3}")
    @MethodSource("verdicts")
    void boundsDecideWhenBothEndsGiveTheSameAnswer(String ruleId, Optional<LocalDate> earliest, Optional<LocalDate> latest,
            Optional<Boolean> expected) {
        DateRule rule = BOOK.rule(ruleId).orElseThrow();

        BoundedEvaluation evaluation = BoundedEvaluation.of(rule, earliest, latest, TUE_15_JUNE_2021);

        assertEquals(expected, evaluation.allowed());
    }

    @Test
    void resultBoundsAreTheFactBoundsPlusThePeriod() {
        DateRule rule = BOOK.rule("key_valid_until").orElseThrow();

        BoundedEvaluation evaluation = BoundedEvaluation.of(rule, Optional.of(DAY_AFTER_A_MONTH_AGO), OPEN, TUE_15_JUNE_2021);

        assertEquals(Optional.of(LocalDate.of(2022, 5, 16)), evaluation.earliestResult());
        assertEquals(OPEN, evaluation.latestResult());
    }

    @Test
    void boundsInTheWrongOrderAreRefused() {
        DateRule rule = BOOK.rule("key_valid_until").orElseThrow();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BoundedEvaluation.of(rule, Optional.of(TUE_15_JUNE_2021), Optional.of(A_YEAR_AGO), TUE_15_JUNE_2021));

        assertEquals("rule 'key_valid_until': the earliest fact 2021-06-15 lies after the latest 2020-06-15", error.getMessage());
    }
}
