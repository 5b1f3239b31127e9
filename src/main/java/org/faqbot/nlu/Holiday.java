package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that gives a holiday's day in a year, written as in the vocabulary's {@code holiday.RULE} keys:
 * <ul>
 * <li>{@code 12-25}: a fixed day (Christmas);
 * <li>{@code easter+1}: days from Easter Sunday by the Gregorian computus (Easter Monday; {@code easter-2} is Good
 * Friday, {@code easter+39} Ascension Day, {@code easter+49} Pentecost);
 * <li>{@code 11-thursday-4+1}: days from the nth weekday of a month, {@code last} for the last one (the day after
 * the fourth Thursday of November is Black Friday);
 * <li>{@code 04-27.saturday-if-sunday}: a fixed day moved to the Saturday before when it falls on a Sunday
 * (Koningsdag);
 * <li>{@code 12-31.and-next-day}: a holiday of two days, either of which may be meant ("oud en nieuw"); {@code
 * easter-49.and-next-2-days} one of three (carnaval, the Sunday to Tuesday before Ash Wednesday).
 * </ul>
 * Immutable.
 */
final class Holiday {

    private static final Pattern RULE = Pattern.compile(
            "(?:(easter)|(\\d\\d)-(\\d\\d)|(\\d\\d)-([a-z]+day)-([1-4]|last))([+-]\\d{1,2})?(\\.saturday-if-sunday)?(\\.and-next-(?:day|([2-6])-days))?");

    private final IntFunction<LocalDate> base;
    private final int daysAfter;
    private final boolean saturdayIfSunday;
    private final boolean fixed;
    private final int extraDays;

    private Holiday(IntFunction<LocalDate> base, int daysAfter, boolean saturdayIfSunday, boolean fixed, int extraDays) {
        this.base = base;
        this.daysAfter = daysAfter;
        this.saturdayIfSunday = saturdayIfSunday;
        this.fixed = fixed;
        this.extraDays = extraDays;
    }

    /** The holiday of {@code rule}, empty when the text is no rule of the forms above ("blockers"). */
    static Optional<Holiday> parse(String rule) {
        Matcher m = RULE.matcher(rule);
        if (!m.matches()) {
            return Optional.empty();
        }
        int days = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        boolean sundayRule = m.group(8) != null;
        int extraDays = m.group(9) == null ? 0 : m.group(10) == null ? 1 : Integer.parseInt(m.group(10));
        if (m.group(1) != null) {
            return Optional.of(new Holiday(Holiday::easter, days, sundayRule, false, extraDays));
        }
        if (m.group(2) != null) {
            MonthDay day = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return Optional.of(new Holiday(day::atYear, days, sundayRule, days == 0 && !sundayRule, extraDays));
        }
        int month = Integer.parseInt(m.group(4));
        DayOfWeek weekday = DayOfWeek.valueOf(m.group(5).toUpperCase(Locale.ROOT));
        int nth = m.group(6).equals("last") ? -1 : Integer.parseInt(m.group(6));
        return Optional.of(new Holiday(year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday)),
                days, sundayRule, false, extraDays));
    }

    /** The holiday's day in {@code year}. */
    LocalDate in(int year) {
        LocalDate day = base.apply(year).plusDays(daysAfter);
        return saturdayIfSunday && day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** The days the holiday lasts after its first ({@link #in}), any of which may be meant: 0 for a holiday of one day. */
    int extraDays() {
        return extraDays;
    }

    /** Whether the holiday is on the same day every year, so that a year earlier is the same holiday. */
    boolean isFixed() {
        return fixed;
    }

    /**
     * Easter Sunday in {@code year} of the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher):
     * the first Sunday after the ecclesiastical full moon on or after 21 March.
     */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
