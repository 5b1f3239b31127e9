package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * The year of a deadline or start stated in the present without a year ("my benefits expire on 1 December", "the
 * renewal start date is 1 November"): the next such day, as {@link YearlessPolicy#NEXT_UPCOMING} reads it, unless
 * the same day a year earlier lies at most {@link #WINDOW} behind today, which it then is. People state a yearly date
 * that passed days or weeks ago in the present ("my benefits expire on 1 December", said on 6 December): taking the
 * one eleven months ahead answered a confident "yes, until 1 December next year" to someone whose deadline has just
 * gone. Further back, the next one is the likelier meaning ("expire on 31 January" said in June). A past or future verb
 * ("expired", "will expire") or a plan decides before this rule does: the reader of such a date asks for
 * {@link YearlessPolicy#NEXT_OR_JUST_PASSED} only without one, and {@link DateExtractor} applies this rule then.
 */
final class JustPassed {

    /** How far behind today the last such day may lie and still be the one meant: two months, today's day included. */
    static final Period WINDOW = Period.ofMonths(2);
    /** How far behind today a day asked about may lie and still be the one meant ({@link YearlessPolicy#NEXT_OR_DAYS_PASSED}). */
    static final Period ASKED_WINDOW = Period.ofDays(7);

    private JustPassed() {
    }

    /**
     * {@code upcoming}, or the same day a year earlier when its year was chosen (not written, not counted from today)
     * and that day lies within {@link #WINDOW} before {@code today}; any other mention as it is.
     */
    static DateMention orUpcoming(DateMention upcoming, LocalDate today) {
        return orUpcoming(upcoming, today, WINDOW);
    }

    /** As {@link #orUpcoming(DateMention, LocalDate)}, with the day a year earlier at most {@code window} before today. */
    static DateMention orUpcoming(DateMention upcoming, LocalDate today, Period window) {
        if (!(upcoming instanceof ResolvedDate date) || date.yearGiven() || date.relative()) {
            return upcoming;
        }
        LocalDate earlier = date.date().minusYears(1);
        boolean sameDay = MonthDay.from(earlier).equals(MonthDay.from(date.date()));
        boolean justPassed = earlier.isBefore(today) && !earlier.isBefore(today.minus(window));
        return sameDay && justPassed ? new ResolvedDate(date.text(), date.start(), date.end(), earlier, false, false) : upcoming;
    }
}
