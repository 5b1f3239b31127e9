package org.faqbot.nlu;

import java.time.LocalDate;

/**
 * How to choose the year of a date written without one ("op 3 maart", "December 5th"). The sense of
 * the question decides: an event that happened lies in the past, a deadline or start in the future.
 * Both directions include today itself.
 */
public enum YearlessPolicy {
    /** Events that happened: the most recent such date on or before today. */
    MOST_RECENT_PAST(-1),
    /** Deadlines and starts: the next such date on or after today. */
    NEXT_UPCOMING(1),
    /**
     * Deadlines and starts stated in the present, with no verb or plan that says which way ("my benefits expire on 1
     * December", "the renewal start date is 1 November"): the next such date, unless the same day a year earlier lies
     * at most two months before today, which it then is ({@link JustPassed}). Only a day and month whose year this
     * policy chooses can be the one just passed; a bound or a date that reads two ways is read as {@link #NEXT_UPCOMING}
     * reads it.
     */
    NEXT_OR_JUST_PASSED(1),
    /**
     * A day a question asks about ("can I reassign it on 5 December?"): the next such day, unless the same day a year
     * earlier lies at most a week before today, which it then is ({@link JustPassed#ASKED_WINDOW}). Asked the day after,
     * "5 December" is the one just gone, which the user has missed or mistakes for today, not one a year ahead.
     */
    NEXT_OR_DAYS_PASSED(1);

    private final int yearStep;

    YearlessPolicy(int yearStep) {
        this.yearStep = yearStep;
    }

    /** The direction in which to try years, starting at today's year: -1 (back) or +1 (forward). */
    int yearStep() {
        return yearStep;
    }

    /** The policy looking the other way. */
    YearlessPolicy opposite() {
        return this == MOST_RECENT_PAST ? NEXT_UPCOMING : MOST_RECENT_PAST;
    }

    /** Whether {@code candidate} lies on the policy's side of {@code today} (today counts). */
    boolean accepts(LocalDate candidate, LocalDate today) {
        return this == MOST_RECENT_PAST ? !candidate.isAfter(today) : !candidate.isBefore(today);
    }
}
