package org.faqbot.dialog;

import java.time.LocalDate;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.ResolvedDate;

/**
 * The year of a day a question asks about without one, beside the fact's own date: "I assigned it on 1 September, can I
 * reassign it on 15 November?" asks about the 15 November after that assignment, this year's, though it has passed; read
 * as next year's, the answer was a yes for a day the user did not mean (the 90 days ran out on 30 November).
 */
final class AskedYear {

    private AskedYear() {
    }

    /**
     * {@code day}, the reading of {@code asked} as a day still to come, moved to the year of its occurrence nearest to
     * {@code today} that does not lie before the fact's {@code factDay}: the question is about the time since the fact.
     * Unchanged when the user gave its year, counted it from today ("next week") or no fact's day is known.
     */
    static LocalDate inFactsPeriod(DateMention asked, LocalDate day, DateMention factDay, LocalDate today) {
        if (!(asked instanceof ResolvedDate read) || read.yearGiven() || read.relative() || !(factDay instanceof ResolvedDate fact)) {
            return day;
        }
        return inFactsPeriod(day, fact.date(), today);
    }

    /** {@code day}, a yearless day asked about, moved to its occurrence nearest to {@code today} not before {@code fact}. */
    static LocalDate inFactsPeriod(LocalDate day, LocalDate fact, LocalDate today) {
        LocalDate best = day;
        for (int shift = -2; shift <= 1; shift++) {
            LocalDate other = day.plusYears(shift);
            boolean afterFact = !other.isBefore(fact);
            if (afterFact && (best.isBefore(fact) || distance(other, today) < distance(best, today))) {
                best = other;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
