package org.faqbot.nlu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * Makes the mentions for spans of tokens, and holds every date to the plausible year range (inclusive
 * at both ends), whether the year was written, chosen by the policy or counted from today.
 */
final class Mentions {

    private final Tokens tokens;
    private final int minYear;
    private final int maxYear;

    Mentions(Tokens tokens, int minYear, int maxYear) {
        this.tokens = tokens;
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    /** A date from tokens {@code from} (inclusive) to {@code to} (exclusive), if its year is plausible. */
    DateMention resolved(int from, int to, LocalDate date, boolean relative, boolean yearGiven) {
        if (!isPlausible(date.getYear())) {
            return invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        return new ResolvedDate(tokens.text(from, to), tokens.start(from), tokens.end(to), date, relative, yearGiven);
    }

    /** A date counted from today; a count that runs off the calendar is out of range, not an exception. */
    DateMention counted(int from, int to, Supplier<LocalDate> date) {
        try {
            return resolved(from, to, date.get(), true, false);
        } catch (DateTimeException | ArithmeticException e) {
            return invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
    }

    /** A date written as day, month and year, checked in that order: month, year, day. */
    DateMention written(int from, int to, int year, int month, int day, boolean relative) {
        if (month < 1 || month > 12) {
            return invalid(from, to, Problem.NO_SUCH_MONTH);
        }
        if (!isPlausible(year)) {
            return invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (!yearMonth.isValidDay(day)) {
            return invalid(from, to, Problem.NO_SUCH_DAY);
        }
        return resolved(from, to, yearMonth.atDay(day), relative, true);
    }

    /** Two readings of one numeric date; both share the year, so one range check covers them. */
    DateMention ambiguous(int from, int to, List<LocalDate> readings) {
        if (!isPlausible(readings.get(0).getYear())) {
            return invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        return new AmbiguousDate(tokens.text(from, to), tokens.start(from), tokens.end(to), readings);
    }

    DateMention invalid(int from, int to, Problem problem) {
        return new InvalidDate(tokens.text(from, to), tokens.start(from), tokens.end(to), problem);
    }

    /** A date that is approximate or a boundary, with the days it may be when they are known. */
    DateMention inexact(int from, int to, Optional<DateBounds> bounds) {
        return new InvalidDate(tokens.text(from, to), tokens.start(from), tokens.end(to), Problem.NOT_EXACT, bounds);
    }

    boolean isPlausible(int year) {
        return year >= minYear && year <= maxYear;
    }
}
