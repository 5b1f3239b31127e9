package org.faqbot.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A rule applied to a user's date on a given today.
 *
 * @param rule    the rule
 * @param fact    the user's date
 * @param result  the computed date
 * @param today   the date taken as today
 * @param allowed whether the rule allows the thing today
 */
public record Evaluation(DateRule rule, LocalDate fact, LocalDate result, LocalDate today, boolean allowed) {

    public Evaluation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(today, "today");
    }

    public static Evaluation of(DateRule rule, LocalDate fact, LocalDate today) {
        LocalDate result = rule.apply(fact);
        return new Evaluation(rule, fact, result, today, rule.allows(today, result));
    }

    /** Days from today to the result: positive when it lies ahead, negative when it has passed, 0 on the day. */
    public long daysFromToday() {
        return ChronoUnit.DAYS.between(today, result);
    }
}
