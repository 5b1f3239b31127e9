package org.faqbot.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A yes/no question about another day than today: "will it still work on 1 January 2022?" (allowed then?) or
 * "does my key expire on 1 March?" (ended then?).
 *
 * @param day      the day asked about
 * @param polarity which way round the question asks
 */
public record DayQuestion(LocalDate day, Polarity polarity) {

    public DayQuestion {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(polarity, "polarity");
    }

    /** "Is it allowed on {@code day}?", the question of every rule. */
    public static DayQuestion allowedOn(LocalDate day) {
        return new DayQuestion(day, Polarity.ALLOWED);
    }

    /** The yes or no for a rule whose computed date is {@code result}. */
    public boolean yes(DateRule rule, LocalDate result) {
        return polarity.yes(rule, day, result);
    }
}
