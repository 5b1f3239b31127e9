package org.faqbot.rules;

/**
 * Whether a rule's thing exists only from its fact on: a product key is usable until a year after it is redeemed, and
 * not before it is redeemed, so "does it work in November?" of a key redeemed on 3 November holds from the 3rd only. An
 * until rule counting a period from an event that happens (a past-tense fact) is such a rule; a deadline counted from a
 * date that is only announced (the benefit expiry, the renewal date) allows the days before it too.
 */
public final class FactStart {

    private FactStart() {
    }

    /** Whether {@code rule}, counting from {@code fact}, allows nothing before the fact's own day. */
    public static boolean startsAtFact(DateRule rule, Fact fact) {
        return rule instanceof UntilRule && fact.tense() == Tense.PAST && !rule.spec().period().isZero();
    }
}
