package org.faqbot.rules;

import java.time.LocalDate;

/**
 * One rule of the FAQ turned into date arithmetic: the result is the user's fact plus a period, and
 * the yes/no question compares the result with today. Each kind is a small record.
 */
public sealed interface DateRule permits UntilRule, FromRule {

    RuleSpec spec();

    default String id() {
        return spec().id();
    }

    /** The computed date: the fact plus the period (a year after 29 February is 28 February). */
    default LocalDate apply(LocalDate fact) {
        return fact.plus(spec().period());
    }

    /** Whether the thing the rule is about is allowed on {@code today}, given the computed date. */
    boolean allows(LocalDate today, LocalDate result);
}
