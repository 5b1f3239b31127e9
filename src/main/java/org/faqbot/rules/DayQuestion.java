package org.faqbot.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A yes/no question about another day than today: "will it still work on 1 January 2022?" (allowed then?) or
 * "does my key expire on 1 March?" (ended then?); or about a span of days, such as a month: "can I reassign it in
 * March?" (allowed on some day of it?).
 *
 * @param day      the day asked about, or the first day of the span
 * @param polarity which way round the question asks
 * @param through  the last day of the span asked about, inclusive; empty for one day
 */
public record DayQuestion(LocalDate day, Polarity polarity, Optional<LocalDate> through) {

    public DayQuestion {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(through, "through");
        if (through.isPresent() && through.get().isBefore(day)) {
            throw new IllegalArgumentException("A span asked about ends on " + through.get() + ", before its first day " + day);
        }
    }

    /** A question about one day. */
    public DayQuestion(LocalDate day, Polarity polarity) {
        this(day, polarity, Optional.empty());
    }

    /** "Is it allowed on some day from {@code first} to {@code last} (inclusive)?": "can I reassign it in March?". */
    public static DayQuestion allowedIn(LocalDate first, LocalDate last) {
        return new DayQuestion(first, Polarity.ALLOWED, Optional.of(last));
    }

    /** "Is it allowed on {@code day}?", the question of every rule. */
    public static DayQuestion allowedOn(LocalDate day) {
        return new DayQuestion(day, Polarity.ALLOWED);
    }

    /**
     * The yes or no for a rule whose computed date is {@code result}. For a span, yes when the rule allows it on its first
     * or its last day: a rule allows from a day or until one, so those two days decide for the whole span.
     */
    public boolean yes(DateRule rule, LocalDate result) {
        return polarity.yes(rule, day, result) || through.filter(last -> polarity.yes(rule, last, result)).isPresent();
    }
}
