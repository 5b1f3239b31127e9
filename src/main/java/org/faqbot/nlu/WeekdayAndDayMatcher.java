package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A weekday with a day of the month but no month: "Tuesday the 1st", "on Tuesday, the 1st", "dinsdag de 1e". The
 * weekday says which month: the nearest one the {@link YearlessPolicy}'s way (today included) whose day falls on that
 * weekday; said on Monday 7 December 2026, a Tuesday the 1st that happened is 1 December. Read apart, the weekday and
 * the day were two dates, and the day alone became a question's other day (the next 1st, 1 January). With a month after
 * it ("Tuesday the 1st of December") it is the month's matcher's date.
 */
final class WeekdayAndDayMatcher implements DateMatcher {

    /** Months to search: a day of the month falls on each weekday within fourteen months. */
    private static final int MAX_MONTHS_AWAY = 14;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        return Grammar.weekday(scan, index).flatMap(weekday -> {
            int at = Grammar.skip(scan.vocabulary().the, tokens, Grammar.skipSymbol(tokens, weekday.end(), ","));
            if (!tokens.has(at) || !tokens.get(at).is(Token.Kind.ORDINAL) || !tokens.get(at).isDigits(1, 2)) {
                return Optional.empty();
            }
            int day = tokens.get(at).value();
            boolean monthAfter = scan.vocabulary().of.matches(tokens, at + 1) || Grammar.month(scan, at + 1).isPresent();
            return monthAfter ? Optional.empty()
                    : nearest(scan, day, weekday.value()).map(date -> scan.mentions().counted(index, at + 1, () -> date));
        });
    }

    /** The nearest {@code day} of a month the policy's way that falls on {@code weekday}. */
    private static Optional<LocalDate> nearest(Scan scan, int day, DayOfWeek weekday) {
        int step = scan.policy().yearStep();
        YearMonth month = YearMonth.from(scan.today());
        for (int away = 0; away <= MAX_MONTHS_AWAY; away++) {
            YearMonth candidate = month.plusMonths((long) away * step);
            if (candidate.isValidDay(day) && candidate.atDay(day).getDayOfWeek() == weekday
                    && scan.policy().accepts(candidate.atDay(day), scan.today())) {
                return Optional.of(candidate.atDay(day));
            }
        }
        return Optional.empty();
    }
}
