package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * A weekday counted within a month: "the first Monday of November", "de eerste maandag van november 2025", "the 2nd
 * Tuesday of March", "the last Friday of next month", "de laatste vrijdag van vorige maand". A named month without a
 * year takes the year the {@link YearlessPolicy} chooses for the day itself; a month without a fifth such weekday has
 * {@link Problem#NO_SUCH_DAY}. Without this the weekday alone was read ("the first Monday of November" as the last
 * Monday before today).
 */
final class NthWeekdayMatcher implements DateMatcher {

    /** Lowest count that stands for the month's last such weekday. */
    private static final int LAST = -1;
    /** A month has at most five of any weekday. */
    private static final int MAX_COUNT = 5;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        int countAt = Grammar.skip(words.the, tokens, index);
        return count(scan, countAt).flatMap(count -> Grammar.weekday(scan, count.end())
                .flatMap(day -> words.of.match(tokens, day.end())
                        .flatMap(of -> inMonth(scan, index, of.end(), count.value(), day.value()))));
    }

    /** "first", "2nd", "eerste", "laatste": the count within the month, {@link #LAST} for the last. */
    private static Optional<Piece<Integer>> count(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        if (tokens.has(index) && tokens.get(index).is(Token.Kind.ORDINAL)) {
            return Optional.of(new Piece<>(tokens.get(index).value(), index + 1)).filter(count -> count.value() >= 1 && count.value() <= MAX_COUNT);
        }
        return scan.vocabulary().ordinals.match(tokens, index).filter(count -> count.value() <= MAX_COUNT)
                .or(() -> scan.vocabulary().lastInMonth.match(tokens, index).map(last -> new Piece<>(LAST, last.end())));
    }

    /** The month after "of": a named one with or without a year ("November", "maart 2025"), or "next month". */
    private static Optional<DateMention> inMonth(Scan scan, int from, int monthAt, int count, DayOfWeek day) {
        Optional<DateMention> named = Grammar.month(scan, monthAt).map(month -> Grammar.year(scan, month.end())
                .map(year -> written(scan, from, year.end(), YearMonth.of(year.value(), month.value()), count, day))
                .orElseGet(() -> scan.yearless(from, month.end(), y -> dayIn(YearMonth.of(y, month.value()), count, day))));
        return named.or(() -> Grammar.monthShift(scan, monthAt).map(shift -> {
            YearMonth month = YearMonth.from(scan.today()).plusMonths(shift.value());
            return dayIn(month, count, day).map(date -> scan.mentions().counted(from, shift.end(), () -> date))
                    .orElseGet(() -> scan.mentions().invalid(from, shift.end(), Problem.NO_SUCH_DAY));
        }));
    }

    private static DateMention written(Scan scan, int from, int to, YearMonth month, int count, DayOfWeek day) {
        if (!scan.mentions().isPlausible(month.getYear())) {
            return scan.mentions().invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        return dayIn(month, count, day).map(date -> scan.mentions().resolved(from, to, date, false, true))
                .orElseGet(() -> scan.mentions().invalid(from, to, Problem.NO_SUCH_DAY));
    }

    /** The {@code count}th {@code day} of {@code month}; empty when the month has fewer. */
    private static Optional<LocalDate> dayIn(YearMonth month, int count, DayOfWeek day) {
        LocalDate date = month.atDay(1).with(count == LAST
                ? TemporalAdjusters.lastInMonth(day) : TemporalAdjusters.dayOfWeekInMonth(count, day));
        return YearMonth.from(date).equals(month) ? Optional.of(date) : Optional.empty();
    }
}
