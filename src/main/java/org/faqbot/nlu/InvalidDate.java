package org.faqbot.nlu;

import java.util.Objects;
import java.util.Optional;

/**
 * Something written as a date that is no date, not a plausible one or not one day, such as "31-02-2021",
 * "1 mei 1899" or "more than a year ago".
 *
 * @param bounds for a date that is {@link Problem#NOT_EXACT}, the days it may be ("more than a year ago": on or
 *               before the day a year ago), when the words say; empty for every other problem
 */
public record InvalidDate(String text, int start, int end, Problem problem, Optional<DateBounds> bounds) implements DateMention {

    /** Why the expression is not a usable date. */
    public enum Problem {
        /** The month has no such day: "31-02-2021", "30 februari", "29-02-2021", "32 januari". */
        NO_SUCH_DAY,
        /** There is no such month: "13/13/2021", Dutch "12-15-2020" (always day-first). */
        NO_SUCH_MONTH,
        /** The year lies outside the extractor's plausible range: "1-1-1899", "2300-01-01", "in 500 years". */
        YEAR_OUT_OF_RANGE,
        /** A weekday was written with the date and the date falls on another day: "maandag 4 mei 2021". */
        WEEKDAY_MISMATCH,
        /** The date is approximate or a boundary, not a day: "more than a year ago", "vóór 1 december 2020". */
        NOT_EXACT,
        /**
         * A named day whose date the bot cannot work out, as it follows a calendar it does not keep: "Ramadan", "Diwali",
         * "Chinees nieuwjaar". Read so that the user is asked for the date rather than the day being passed over.
         */
        UNKNOWN_DAY
    }

    public InvalidDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(bounds, "bounds");
        if (bounds.isPresent() && problem != Problem.NOT_EXACT) {
            throw new IllegalArgumentException("Only a date that is not exact has bounds; '" + text + "' is " + problem);
        }
    }

    /** A date that is no date, with no bounds. */
    public InvalidDate(String text, int start, int end, Problem problem) {
        this(text, start, end, problem, Optional.empty());
    }
}
