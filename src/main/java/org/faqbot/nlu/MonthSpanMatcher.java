package org.faqbot.nlu;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * A month or a season named as a time without a day:
 * <ul>
 * <li>a month with a shift or a year counted from today: "last November" (the last November before this month),
 * "next March", "vorig jaar november", "november vorig jaar", "March next year". The whole month is its
 * {@link DateBounds}, an {@link InvalidDate} that is {@link Problem#NOT_EXACT}, so a rule answers when every day of it
 * gives the same answer ("redeemed last November": each day's key has ended) and otherwise asks for the day;
 * <li>the last month as such: "last month", "vorige maand": the whole of it, so that a key redeemed "last month" is
 * said to be still usable without asking which day. Only the past one: a thing done is what people date this way,
 * and "next month" is as often a plan as a day;
 * <li>a season: "around the summer", "rond de zomer", "last winter". Its edges are no one's to fix (is "around the
 * summer" late May?), so it is {@link Problem#NOT_EXACT} without bounds: the rule asks for the day rather than guess.
 * </ul>
 * A month with a day ("last November 3rd", "1 November last year") is a date of its own and is left to its matcher.
 */
final class MonthSpanMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return shiftedMonth(scan, index).or(() -> monthOfShiftedYear(scan, index)).or(() -> season(scan, index))
                .or(() -> lastMonth(scan, index));
    }

    /**
     * "last month", "vorige maand". Not "last year" / "vorig jaar": a year is too wide to answer with, and the words
     * often set the scene of a question about something else ("vorig jaar ging er iets mis met X; hoe voorkom ik dat ...").
     */
    private static Optional<DateMention> lastMonth(Scan scan, int index) {
        return Grammar.shift(scan, index, ChronoUnit.MONTHS).filter(shift -> shift.value() < 0)
                .map(shift -> whole(scan, index, shift.end(), YearMonth.from(scan.today()).plusMonths(shift.value())));
    }

    /** "last November", "next March", "afgelopen november". */
    private static Optional<DateMention> shiftedMonth(Scan scan, int index) {
        return scan.vocabulary().shifts.match(scan.tokens(), index)
                .flatMap(shift -> monthAlone(scan, shift.end()).map(month -> {
                    YearMonth thisMonth = YearMonth.from(scan.today());
                    YearMonth named = thisMonth.withMonth(month.value());
                    if (shift.value() < 0 && !named.isBefore(thisMonth)) {
                        named = named.minusYears(1);
                    } else if (shift.value() > 0 && !named.isAfter(thisMonth)) {
                        named = named.plusYears(1);
                    }
                    return whole(scan, index, month.end(), named);
                }));
    }

    /** "vorig jaar november", "november vorig jaar", "March next year". */
    private static Optional<DateMention> monthOfShiftedYear(Scan scan, int index) {
        Optional<DateMention> yearFirst = Grammar.yearShift(scan, index)
                .flatMap(year -> monthAlone(scan, year.end()).map(month -> whole(scan, index, month.end(), month(scan, year, month))));
        return yearFirst.or(() -> monthAlone(scan, index).filter(month -> !dayBefore(scan, index))
                .flatMap(month -> Grammar.yearShift(scan, month.end())
                        .map(year -> whole(scan, index, year.end(), month(scan, year, month)))));
    }

    private static YearMonth month(Scan scan, Piece<Integer> yearShift, Piece<Integer> month) {
        return YearMonth.of(scan.today().getYear() + yearShift.value(), month.value());
    }

    /** "rond de zomer", "around the summer", "last winter", "the summer of 2025". */
    private static Optional<DateMention> season(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.seasonBefore.match(tokens, index)
                .flatMap(before -> words.seasons.match(tokens, Grammar.skip(words.shifts, tokens, before.end())))
                .map(season -> {
                    int end = Grammar.year(scan, Grammar.skip(words.of, tokens, season.end())).map(Piece::end).orElse(season.end());
                    return scan.mentions().inexact(index, end, Optional.empty());
                });
    }

    /** A month name with no day after it, and not the verb "may". */
    private static Optional<Piece<Integer>> monthAlone(Scan scan, int index) {
        return Grammar.month(scan, index)
                .filter(month -> !Grammar.monthLooksLikeWord(scan, index))
                .filter(month -> Grammar.day(scan, month.end()).isEmpty() && !dayBefore(scan, index));
    }

    /** Whether a day stands just before the month at {@code index}: "1 November last year", "the 3rd of November". */
    private static boolean dayBefore(Scan scan, int index) {
        return index > 0 && Grammar.dayOrOrdinalWord(scan, index - 1).isPresent()
                || index > 1 && scan.vocabulary().of.matches(scan.tokens(), index - 1) && Grammar.dayOrOrdinalWord(scan, index - 2).isPresent();
    }

    /** The whole of {@code month}, or out of range when its year is not plausible. */
    private static DateMention whole(Scan scan, int from, int to, YearMonth month) {
        if (!scan.mentions().isPlausible(month.getYear())) {
            return scan.mentions().invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        return scan.mentions().inexact(from, to, Optional.of(DateBounds.between(month.atDay(1), month.atEndOfMonth())));
    }
}
