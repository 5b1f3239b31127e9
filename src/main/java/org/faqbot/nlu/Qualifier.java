package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A word that makes a date approximate or a boundary, and which way: "more than" a year ago, "at least", "less
 * than", "at most"; "before" or "after" a written date. It turns the date it stands before into the
 * {@link DateBounds} the user's day lies within.
 */
enum Qualifier {
    /** "more than", "over", "ruim": further from today than the date, not on it. */
    MORE,
    /** "at least", "minstens": the date or further from today. */
    AT_LEAST,
    /** "less than", "almost", "bijna": between the date and today, not on the date. */
    LESS,
    /** "at most", "hooguit": between the date and today, the date included. */
    AT_MOST,
    /** "before", "vóór": any day before the date. */
    BEFORE,
    /** "after", "na": any day after the date. */
    AFTER;

    /**
     * The days meant by this word before {@code date}, which a counted date ("a year ago", "in a month") gives
     * relative to {@code today}: "more than a year ago" lies before the day a year ago, "in more than a month"
     * after the day a month ahead. Empty for a counted date of today itself, which has no side.
     */
    Optional<DateBounds> bounds(LocalDate date, LocalDate today) {
        boolean past = date.isBefore(today);
        boolean future = date.isAfter(today);
        return switch (this) {
            case BEFORE -> Optional.of(DateBounds.onOrBefore(date.minusDays(1)));
            case AFTER -> Optional.of(DateBounds.onOrAfter(date.plusDays(1)));
            case MORE -> past ? Optional.of(DateBounds.onOrBefore(date.minusDays(1)))
                    : future ? Optional.of(DateBounds.onOrAfter(date.plusDays(1))) : Optional.empty();
            case AT_LEAST -> past ? Optional.of(DateBounds.onOrBefore(date))
                    : future ? Optional.of(DateBounds.onOrAfter(date)) : Optional.empty();
            case LESS -> past ? Optional.of(DateBounds.between(date.plusDays(1), today))
                    : future ? Optional.of(DateBounds.between(today, date.minusDays(1))) : Optional.empty();
            case AT_MOST -> past ? Optional.of(DateBounds.between(date, today))
                    : future ? Optional.of(DateBounds.between(today, date)) : Optional.empty();
        };
    }
}
