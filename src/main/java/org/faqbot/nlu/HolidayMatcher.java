package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Holidays named as days: fixed ones ("kerst", "eerste kerstdag", "nieuwjaarsdag", "Christmas Eve", "Bevrijdingsdag"),
 * ones that move with Easter ("Pasen", "tweede paasdag", "Goede Vrijdag", "Hemelvaartsdag", "Pinksteren", "Easter
 * Monday", "Good Friday", "Whit Monday") or by another rule ("Koningsdag", "Thanksgiving", "Black Friday"), and "oud en
 * nieuw", which is either of two days and so not exact (with both as its {@link DateBounds}), as is "carnaval" of three
 * days; "New Year" only after a preposition ("at New Year", not "in the new year"); see
 * {@link Holiday} and the vocabulary's {@code holiday.RULE} keys. Without a year they follow the {@link YearlessPolicy}
 * like any date without one ("met kerst ingewisseld" is last Christmas, "verlopen met kerst" the coming one, "redeemed
 * on Easter Monday" the last Easter Monday); a year after them ("kerst 2024", "Easter Monday 2026", "Christmas last
 * year") or a shift before them ("vorige kerst", "next Easter") fixes it. A word after them that makes them a thing's
 * name ("the Christmas party", "the Black Friday sale", vocabulary {@code holiday.blockers}) is no day, and neither
 * then is the weekday in the name ({@link #endsName}). A named day whose date follows a calendar the bot does not keep
 * ("Ramadan", "Diwali", "Chinees nieuwjaar", vocabulary {@code holiday.unread}) is an {@link InvalidDate} of its own
 * kind, so that the user is asked for the date rather than the day passed over.
 */
final class HolidayMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Optional<Piece<Integer>> shift = words.shifts.match(scan.tokens(), index);
        int at = shift.map(Piece::end).orElse(index);
        Optional<Piece<Boolean>> unread = words.unreadHolidays.match(scan.tokens(), at)
                .filter(day -> !words.holidayBlockers.matches(scan.tokens(), day.end()));
        if (unread.isPresent()) {
            int to = Grammar.yearAfter(scan, unread.get().end()).map(Piece::end).orElse(unread.get().end());
            return Optional.of(scan.mentions().invalid(index, to, InvalidDate.Problem.UNKNOWN_DAY));
        }
        return words.holidays.match(scan.tokens(), at).or(() -> withDigits(scan, at)).or(() -> prepositioned(scan, at))
                .filter(holiday -> !words.holidayBlockers.matches(scan.tokens(), holiday.end()))
                .map(holiday -> shift.isPresent() ? shifted(scan, index, holiday, shift.get().value()) : withYear(scan, index, holiday));
    }

    /** Whether a holiday's name starts at {@code index}, or after a shift ("vorige", "next") there. */
    static boolean namedAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        int at = words.shifts.match(scan.tokens(), index).map(Piece::end).orElse(index);
        return words.holidays.matches(scan.tokens(), at) || words.prepositionedHolidays.matches(scan.tokens(), at);
    }

    /**
     * A holiday whose name is a day only after a preposition ("at New Year", "before New Year"), as the same words
     * after an article or a greeting are none ("in the new year", "happy new year").
     */
    private static Optional<Piece<Holiday>> prepositioned(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        boolean afterPreposition = index > 0 && words.holidayPrepositions.match(scan.tokens(), index - 1)
                .filter(word -> word.end() == index).isPresent();
        return afterPreposition ? words.prepositionedHolidays.match(scan.tokens(), index) : Optional.empty();
    }

    /**
     * A holiday whose name is a day only after a preposition ("New Year"), where another word has made it a day: the
     * second of two days ("between Christmas and New Year", {@link DayRangeMatcher}).
     */
    static Optional<DateMention> placed(Scan scan, int index) {
        return scan.vocabulary().prepositionedHolidays.match(scan.tokens(), index)
                .filter(holiday -> !scan.vocabulary().holidayBlockers.matches(scan.tokens(), holiday.end()))
                .map(holiday -> withYear(scan, index, holiday));
    }

    /**
     * A holiday whose name starts with an ordinal written in digits ("2e kerstdag", "2de pinksterdag"), which the
     * tokenizer makes one ordinal token: its letters as written are the name's first word.
     */
    private static Optional<Piece<Holiday>> withDigits(Scan scan, int index) {
        if (!scan.tokens().has(index) || !scan.tokens().get(index).is(Token.Kind.ORDINAL)) {
            return Optional.empty();
        }
        String written = scan.tokens().text(index, index + 1).toLowerCase(Locale.ROOT);
        return scan.vocabulary().holidays.matchAfter(written, scan.tokens(), index + 1);
    }

    /**
     * Whether the word at {@code index} is the last word of a holiday's name ("Monday" in "Easter Monday", "Friday" in
     * "the Black Friday sale"), so that it is no day of its own.
     */
    static boolean endsName(Scan scan, int index) {
        for (int from = Math.max(0, index - 2); from < index; from++) {
            if (scan.vocabulary().holidays.match(scan.tokens(), from).filter(holiday -> holiday.end() == index + 1).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The holiday with the year written after it, else in the year the policy chooses. */
    private static DateMention withYear(Scan scan, int from, Piece<Holiday> holiday) {
        return Grammar.yearAfter(scan, holiday.end())
                .map(year -> spanned(scan, from, year.end(), holiday.value(), written(scan, from, year.end(), holiday.value(), year.value())))
                .orElseGet(() -> spanned(scan, from, holiday.end(), holiday.value(), yearless(scan, from, holiday)));
    }

    /** A holiday of several days ("oud en nieuw", "carnaval") is any of them: not exact, with its first and last day as bounds. */
    private static DateMention spanned(Scan scan, int from, int to, Holiday holiday, DateMention first) {
        if (holiday.extraDays() == 0 || !(first instanceof ResolvedDate day)) {
            return first;
        }
        return scan.mentions().inexact(from, to, Optional.of(DateBounds.between(day.date(), day.date().plusDays(holiday.extraDays()))));
    }

    private static DateMention written(Scan scan, int from, int to, Holiday holiday, int year) {
        LocalDate day = holiday.in(year);
        return scan.mentions().written(from, to, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), false);
    }

    /**
     * In the year the policy chooses. A deadline stated in the present may be the one just passed ({@link JustPassed}),
     * which for a holiday that moves is not the same day a year before the next one: that one is chosen here.
     */
    private static DateMention yearless(Scan scan, int from, Piece<Holiday> holiday) {
        if (scan.policy() == YearlessPolicy.NEXT_OR_JUST_PASSED && !holiday.value().isFixed()) {
            Optional<LocalDate> last = YearlessResolver.resolve(year -> Optional.of(holiday.value().in(year)), scan.today(),
                    YearlessPolicy.MOST_RECENT_PAST);
            Optional<LocalDate> justPassed = last.filter(day -> day.isBefore(scan.today())
                    && !day.isBefore(scan.today().minus(JustPassed.WINDOW)));
            if (justPassed.isPresent()) {
                return scan.mentions().resolved(from, holiday.end(), justPassed.get(), false, false);
            }
        }
        return scan.yearless(from, holiday.end(), year -> Optional.of(holiday.value().in(year)));
    }

    /** "Vorige kerst" is the last one before today, "next Christmas" the first after it, "this Christmas" this year's. */
    private static DateMention shifted(Scan scan, int from, Piece<Holiday> holiday, int shift) {
        int year = scan.today().getYear();
        LocalDate thisYear = holiday.value().in(year);
        LocalDate date = thisYear;
        if (shift < 0) {
            date = thisYear.isBefore(scan.today()) ? thisYear : holiday.value().in(year - 1);
        } else if (shift > 0) {
            date = thisYear.isAfter(scan.today()) ? thisYear : holiday.value().in(year + 1);
        }
        return spanned(scan, from, holiday.end(), holiday.value(), scan.mentions().resolved(from, holiday.end(), date, false, true));
    }
}
