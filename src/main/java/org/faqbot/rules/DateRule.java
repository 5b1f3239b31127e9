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

    /**
     * The fact that gives {@code result}: the result less the period (a key usable until 1 March 2022 was redeemed
     * on 1 March 2021). For a result no fact gives (28 February after a year from a leap day) it is the day whose
     * result lies nearest.
     */
    default LocalDate factFor(LocalDate result) {
        return result.minus(spec().period());
    }

    /** Whether the thing the rule is about is allowed on {@code today}, given the computed date. */
    boolean allows(LocalDate today, LocalDate result);
}
