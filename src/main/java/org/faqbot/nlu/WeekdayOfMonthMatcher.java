package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * A weekday named with a month but no count: "Tuesday last month", "dinsdag van vorige maand", "vorige maand (op)
 * dinsdag", "last month on a Tuesday", "a Tuesday in March", "een dinsdag in maart 2026". That names four or five days,
 * not one: the weekday alone was read as the last such day before today, which need not lie in that month at all
 * ("vorige maand dinsdag" on Monday 7 December was 1 December). So it is {@link Problem#NOT_EXACT} with the month's
 * first and last such weekday as its {@link DateBounds}: a rule answers when each of them gives the same answer and
 * otherwise asks for the day. A weekday in a week ("Friday in the first week of November", "vrijdag in week 45") is that
 * one day. A counted one ("the first Tuesday of March") is {@link NthWeekdayMatcher}'s, a weekday of a week counted from
 * today ("Tuesday last week") {@link WeekdayMatcher}'s.
 */
final class WeekdayOfMonthMatcher implements DateMatcher {

    /** The matchers of a week that a weekday may be said to fall in ("the first week of November", "week 45"). */
    private static final List<DateMatcher> WEEKS = List.of(new WeekOfMonthMatcher(), new SpanMatcher());
    private static final int DAYS_IN_WEEK = 7;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        // "every Tuesday last month" is a habit, "Monday to Friday last month" a range: neither is a day asked about.
        if (WeekdayMatcher.isHabitOrRangeBefore(scan, index)) {
            return Optional.empty();
        }
        return dayThenMonth(scan, index).or(() -> monthThenDay(scan, index));
    }

    /** "Tuesday last month", "dinsdag van vorige maand", "a Tuesday in March 2026". */
    private static Optional<DateMention> dayThenMonth(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return Grammar.weekday(scan, index).flatMap(day -> {
            Optional<Piece<Boolean>> in = words.weekdayInMonth.match(scan.tokens(), day.end());
            int monthAt = in.map(Piece::end).orElse(day.end());
            Optional<DateMention> shifted = Grammar.monthShift(scan, monthAt).map(shift -> span(scan, index, shift.end(), YearMonth.from(scan.today()).plusMonths(shift.value()), day.value()));
            // A named month needs its preposition: "maandag maart" is no phrase, "Tuesday, March 3" is a date of its own.
            return shifted.or(() -> in.flatMap(word -> named(scan, index, word.end(), day.value())))
                    .or(() -> in.flatMap(word -> inWeek(scan, index, word.end(), day.value())));
        });
    }

    /**
     * "Friday in the first week of November", "vrijdag in week 45": a week the other matchers read is one day of each
     * weekday, so the weekday in it is that day. The weekday alone was the last Friday before today.
     */
    private static Optional<DateMention> inWeek(Scan scan, int from, int weekAt, DayOfWeek day) {
        return WEEKS.stream().map(matcher -> matcher.matchAt(scan, weekAt)).flatMap(Optional::stream)
                .filter(InvalidDate.class::isInstance).map(InvalidDate.class::cast)
                .filter(week -> week.bounds().flatMap(DateBounds::earliest).isPresent() && week.bounds().flatMap(DateBounds::latest).isPresent())
                .findFirst().flatMap(week -> {
                    DateBounds bounds = week.bounds().orElseThrow();
                    LocalDate first = bounds.earliest().orElseThrow();
                    LocalDate last = bounds.latest().orElseThrow();
                    LocalDate date = first.with(TemporalAdjusters.nextOrSame(day));
                    boolean oneWeek = !first.plusDays(DAYS_IN_WEEK - 1).isBefore(last);
                    return oneWeek && !date.isAfter(last)
                            ? Optional.of(scan.mentions().resolved(from, tokenAfter(scan.tokens(), weekAt, week.end()), date, false, false))
                            : Optional.empty();
                });
    }

    /** The index of the first token at or after {@code from} that starts at or after character {@code end}. */
    private static int tokenAfter(Tokens tokens, int from, int end) {
        int index = from;
        while (tokens.has(index) && tokens.get(index).start() < end) {
            index++;
        }
        return index;
    }

    /** "vorige maand dinsdag", "vorige maand op een dinsdag", "last month on a Tuesday". */
    private static Optional<DateMention> monthThenDay(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return Grammar.shift(scan, index, ChronoUnit.MONTHS).flatMap(shift -> {
            int at = Grammar.skip(words.articles, scan.tokens(), Grammar.skip(words.on, scan.tokens(), shift.end()));
            return Grammar.weekday(scan, at).map(day -> span(scan, index, day.end(),
                    YearMonth.from(scan.today()).plusMonths(shift.value()), day.value()));
        });
    }

    /** A named month after the preposition, with its year or in the year the policy chooses for the month's first day. */
    private static Optional<DateMention> named(Scan scan, int from, int monthAt, DayOfWeek day) {
        return Grammar.month(scan, monthAt).map(month -> Grammar.year(scan, month.end())
                .map(year -> scan.mentions().isPlausible(year.value())
                        ? span(scan, from, year.end(), YearMonth.of(year.value(), month.value()), day)
                        : scan.mentions().invalid(from, year.end(), Problem.YEAR_OUT_OF_RANGE))
                .orElseGet(() -> scan.yearlessDate(month.value(), 1)
                        .map(first -> span(scan, from, month.end(), YearMonth.from(first), day))
                        .orElseGet(() -> scan.mentions().invalid(from, month.end(), Problem.YEAR_OUT_OF_RANGE))));
    }

    /** The days {@code day} of {@code month}: its first to its last. */
    private static DateMention span(Scan scan, int from, int to, YearMonth month, DayOfWeek day) {
        if (!scan.mentions().isPlausible(month.getYear())) {
            return scan.mentions().invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        LocalDate first = month.atDay(1).with(TemporalAdjusters.firstInMonth(day));
        LocalDate last = month.atDay(1).with(TemporalAdjusters.lastInMonth(day));
        return scan.mentions().inexact(from, to, Optional.of(DateBounds.between(first, last)));
    }
}
