package org.faqbot.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.faqbot.kb.Bilingual;

/**
 * How a fact comes back: a membership renewal that has happened is followed by the next one a year later (the FAQ's
 * "one-year enrollment period"). A date of such a fact stated in the past that stands in for another rule's fact is
 * the previous one, so the rule works with the next: "we renewed on 1 January 2026" gives the renewal start and the
 * benefit expiry of 1 January 2027, not a deadline that passed when the renewal did.
 *
 * @param period how long after one occurrence the next comes
 * @param text   what a reply says about it, per language: {fact} is the date that happened, {date} the next one
 */
public record Recurrence(Period period, Bilingual text) {

    public Recurrence {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(text, "text");
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a recurrence needs a positive period: " + period);
        }
    }

    /** The occurrence after {@code happened}. */
    public LocalDate next(LocalDate happened) {
        return happened.plus(period);
    }
}
