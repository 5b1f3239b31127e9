package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * Holidays on a fixed day of the year: "kerst", "eerste kerstdag", "kerstavond", "nieuwjaarsdag", "Christmas",
 * "Christmas Eve", "New Year's Day" (vocabulary {@code holiday.MM-DD}). Without a year they follow the
 * {@link YearlessPolicy} like any date without one ("met kerst ingewisseld" is last Christmas, "verlopen met
 * kerst" the coming one); a year after them ("kerst 2024", "Christmas last year") or a shift before them ("vorige
 * kerst", "next Christmas") fixes it. A word after them that makes them a thing's name ("the Christmas party",
 * vocabulary {@code holiday.blockers}) is no day.
 */
final class HolidayMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Optional<Piece<Integer>> shift = words.shifts.match(scan.tokens(), index);
        int at = shift.map(Piece::end).orElse(index);
        return words.holidays.match(scan.tokens(), at)
                .filter(holiday -> !words.holidayBlockers.matches(scan.tokens(), holiday.end()))
                .map(holiday -> shift.isPresent() ? shifted(scan, index, holiday, shift.get().value()) : withYear(scan, index, holiday));
    }

    /** The holiday with the year written after it, else in the year the policy chooses. */
    private static DateMention withYear(Scan scan, int from, Piece<MonthDay> holiday) {
        MonthDay day = holiday.value();
        return Grammar.year(scan, holiday.end())
                .map(year -> scan.mentions().written(from, year.end(), year.value(), day.getMonthValue(), day.getDayOfMonth(), false))
                .orElseGet(() -> scan.dayMonth(from, holiday.end(), day.getDayOfMonth(), day.getMonthValue(), java.util.OptionalInt.empty()));
    }

    /** "Vorige kerst" is the last one before today, "next Christmas" the first after it, "this Christmas" this year's. */
    private static DateMention shifted(Scan scan, int from, Piece<MonthDay> holiday, int shift) {
        LocalDate thisYear = holiday.value().atYear(scan.today().getYear());
        LocalDate date = thisYear;
        if (shift < 0) {
            date = thisYear.isBefore(scan.today()) ? thisYear : thisYear.minusYears(1);
        } else if (shift > 0) {
            date = thisYear.isAfter(scan.today()) ? thisYear : thisYear.plusYears(1);
        }
        return scan.mentions().resolved(from, holiday.end(), date, false, true);
    }
}
