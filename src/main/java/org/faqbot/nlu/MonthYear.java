package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The year of a month (or of a span of months from one, as a season) named without one, for a time still to come or
 * asked about. One home for the rules that {@code MonthReminder}, {@link NamedSpan#ahead} and {@code AskedSpan} apply,
 * each named by its cases:
 * <ul>
 * <li>{@link #notEndedBy}: "remind me in July", "if I redeem one in January", "is it valid in June?" with no other date:
 * the first one that has not ended by the day, this month included (said on 7 December, "December" is this one).</li>
 * <li>{@link #startingAfter}: "next summer", "volgende maand maart": the first that starts after today.</li>
 * <li>{@link #nearestNotEndedBy}: "assigned in June 2026, can I reassign it in July?": of those not ended by the fact's
 * date, the one nearest today, as a day asked about is read nearest ({@code AskedYear}).</li>
 * </ul>
 */
public final class MonthYear {

    /** The years around today a span asked about beside a fact may lie in: two back, one ahead. */
    private static final int YEARS_BACK = 2;

    private MonthYear() {
    }

    /** The first {@code month} that has not ended by {@code day}: this month's when {@code day} lies in it. */
    public static YearMonth notEndedBy(Month month, LocalDate day) {
        return notEndedBy(month.getValue(), 1, day);
    }

    /** The first span of {@code months} months from month {@code start} whose last day is not before {@code day}. */
    public static YearMonth notEndedBy(int start, int months, LocalDate day) {
        YearMonth first = YearMonth.of(day.getYear() - 1, start);
        while (first.plusMonths(months - 1).atEndOfMonth().isBefore(day)) {
            first = first.plusYears(1);
        }
        return first;
    }

    /** The first span from month {@code start} that starts after {@code today}. */
    public static YearMonth startingAfter(int start, LocalDate today) {
        YearMonth first = YearMonth.of(today.getYear() - 1, start);
        while (!first.atDay(1).isAfter(today)) {
            first = first.plusYears(1);
        }
        return first;
    }

    /**
     * Of the spans of {@code months} months from month {@code start} in the years around today that do not end before
     * {@code after}, the one nearest {@code today} (the earlier of two as near); empty when none of those years has one
     * (a fact's date far ahead).
     */
    public static Optional<YearMonth> nearestNotEndedBy(int start, int months, LocalDate after, LocalDate today) {
        YearMonth best = null;
        for (int year = today.getYear() - YEARS_BACK; year <= today.getYear() + 1; year++) {
            YearMonth first = YearMonth.of(year, start);
            LocalDate last = first.plusMonths(months - 1).atEndOfMonth();
            if (!last.isBefore(after) && (best == null || distance(first.atDay(1), last, today)
                    < distance(best.atDay(1), best.plusMonths(months - 1).atEndOfMonth(), today))) {
                best = first;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Days from {@code today} to the span, 0 when it lies in it. */
    private static long distance(LocalDate first, LocalDate last, LocalDate today) {
        if (today.isBefore(first)) {
            return first.toEpochDay() - today.toEpochDay();
        }
        return today.isAfter(last) ? today.toEpochDay() - last.toEpochDay() : 0;
    }
}
