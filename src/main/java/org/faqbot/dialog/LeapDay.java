package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.ResolvedDate;

/**
 * A 29 February written without a year in a year that has none: "I redeemed it on 29 Feb" said in December 2026 was
 * read as 29 February 2024, the last one, though the user most likely meant the end of this year's February. Neither
 * is a safe guess (a key from 2024 has long ended, one from February 2026 has not), so the bot asks, saying why.
 */
final class LeapDay {

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private LeapDay() {
    }

    /**
     * {@code mention} as a choice between the last day of the nearest February, the way the date was read (back or
     * ahead of {@code today}), and the leap day read: when it is a year-less 29 February and that February has no 29th.
     * Any other mention as it is.
     */
    static DateMention asChoice(DateMention mention, LocalDate today) {
        if (!(mention instanceof ResolvedDate date) || date.yearGiven() || date.relative() || !MonthDay.from(date.date()).equals(LEAP_DAY)) {
            return mention;
        }
        LocalDate thisYears = LocalDate.of(today.getYear(), 2, 28);
        int year = date.date().isBefore(today)
                ? (today.isBefore(thisYears) ? today.getYear() - 1 : today.getYear())
                : (today.isAfter(thisYears) ? today.getYear() + 1 : today.getYear());
        if (Year.isLeap(year) || year == date.date().getYear()) {
            return mention;
        }
        LocalDate endOfFebruary = LocalDate.of(year, 2, 28);
        return new AmbiguousDate(date.text(), date.start(), date.end(), List.of(endOfFebruary, date.date()));
    }

    /** The year without a 29 February when {@code date} is such a choice: its first reading's. */
    static Optional<Integer> yearWithout(AmbiguousDate date) {
        List<LocalDate> readings = date.readings();
        boolean choice = readings.size() == 2 && MonthDay.from(readings.get(1)).equals(LEAP_DAY)
                && readings.get(0).getMonthValue() == 2 && readings.get(0).getDayOfMonth() == 28 && !Year.isLeap(readings.get(0).getYear());
        return choice ? Optional.of(readings.get(0).getYear()) : Optional.empty();
    }
}
