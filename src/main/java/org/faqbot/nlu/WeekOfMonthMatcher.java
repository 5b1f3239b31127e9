package org.faqbot.nlu;

import java.time.YearMonth;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * A week of a month by its place: "the first week of March", "de eerste week van maart", "the 2nd week of April 2026",
 * "the last week of January", "de laatste week van vorige maand". Its days are the month's days 1-7, 8-14 and so on,
 * the last week its last seven: people count a month's weeks from its first day, not from a Monday. Like "begin maart"
 * ({@link MonthAnchoredMatcher}) it is an {@link InvalidDate} that is {@link Problem#NOT_EXACT} with those days as its
 * {@link DateBounds}, so a rule answers when every day gives the same answer and asks for the day otherwise. Read
 * before, "the last week of January" was "last week" and a day in the week before today's. A named month without a
 * year is, for a thing that happened, the last such week that has begun, else the next that has not ended; a week the
 * month lacks ("the fifth week of February" in a common year) is {@link Problem#NO_SUCH_DAY}.
 */
final class WeekOfMonthMatcher implements DateMatcher {

    private static final int WEEK = 7;
    /** A month has at most five weeks counted from its first day (29 to 31 in the fifth). */
    private static final int MAX_WEEK = 5;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        int at = Grammar.skip(words.the, tokens, index);
        // 0 stands for the last week.
        Optional<Piece<Integer>> place = words.lastInMonth.match(tokens, at).map(last -> new Piece<>(0, last.end()))
                .or(() -> ordinal(scan, at));
        return place.flatMap(week -> words.weekNumbers.match(tokens, week.end())
                .flatMap(unit -> words.of.match(tokens, unit.end()))
                .flatMap(of -> shiftedMonth(scan, index, of.end(), week.value())
                        .or(() -> namedMonth(scan, index, of.end(), week.value()))));
    }

    /** "first", "eerste", "1st", "1e": an ordinal up to the fifth, not a bare number ("week 1 of March" is no such week). */
    private static Optional<Piece<Integer>> ordinal(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        boolean written = tokens.has(index) && tokens.get(index).is(Token.Kind.ORDINAL);
        return (written ? Grammar.day(scan, index) : scan.vocabulary().ordinals.match(tokens, index))
                .filter(week -> week.value() >= 1 && week.value() <= MAX_WEEK);
    }

    /** "van vorige maand", "of next month". */
    private static Optional<DateMention> shiftedMonth(Scan scan, int from, int index, int week) {
        return Grammar.monthShift(scan, index)
                .map(shift -> week(scan, from, shift.end(), YearMonth.from(scan.today()).plusMonths(shift.value()), week));
    }

    /** "of March", "van maart 2026": the year as written, else as the policy chooses. */
    private static Optional<DateMention> namedMonth(Scan scan, int from, int index, int week) {
        return Grammar.month(scan, index).map(month -> Grammar.year(scan, month.end())
                .map(year -> scan.mentions().isPlausible(year.value())
                        ? week(scan, from, year.end(), YearMonth.of(year.value(), month.value()), week)
                        : scan.mentions().invalid(from, year.end(), Problem.YEAR_OUT_OF_RANGE))
                .orElseGet(() -> yearless(scan, from, month, week)));
    }

    private static DateMention yearless(Scan scan, int from, Piece<Integer> month, int week) {
        boolean past = scan.policy() == YearlessPolicy.MOST_RECENT_PAST;
        return YearlessResolver.resolve(y -> days(YearMonth.of(y, month.value()), week)
                        .flatMap(days -> past ? days.earliest() : days.latest()), scan.today(), scan.policy())
                .map(day -> week(scan, from, month.end(), YearMonth.from(day), week))
                .orElseGet(() -> scan.mentions().invalid(from, month.end(), Problem.NO_SUCH_DAY));
    }

    private static DateMention week(Scan scan, int from, int to, YearMonth month, int week) {
        Mentions mentions = scan.mentions();
        if (!mentions.isPlausible(month.getYear())) {
            return mentions.invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        return days(month, week).map(days -> mentions.inexact(from, to, Optional.of(days)))
                .orElseGet(() -> mentions.invalid(from, to, Problem.NO_SUCH_DAY));
    }

    /** The week's days in {@code month}: its last seven for 0, else the nth seven, the fifth cut at the month's end. */
    private static Optional<DateBounds> days(YearMonth month, int week) {
        if (week == 0) {
            return Optional.of(DateBounds.between(month.atEndOfMonth().minusDays(WEEK - 1), month.atEndOfMonth()));
        }
        int first = (week - 1) * WEEK + 1;
        if (first > month.lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(DateBounds.between(month.atDay(first), month.atDay(Math.min(first + WEEK - 1, month.lengthOfMonth()))));
    }
}
