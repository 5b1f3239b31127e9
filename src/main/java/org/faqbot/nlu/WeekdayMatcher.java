package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Weekdays relative to today:
 * <ul>
 * <li>"next Friday", "coming Friday", "aanstaande vrijdag", "komende vrijdag", "volgende vrijdag", "vrijdag
 * aanstaande": the first Friday after today (on a Friday, a week later);
 * <li>"last Monday", "past Monday", "afgelopen maandag", "vorige maandag", "maandag jongstleden": the most
 * recent Monday before today (on a Monday, a week earlier);
 * <li>"this Friday", "deze vrijdag": Friday on or after today (on a Friday, today);
 * <li>"volgende week maandag", "maandag volgende week", "Monday next week", "vorige week dinsdag", "deze
 * week vrijdag", "the Tuesday of last week": that day of the next, previous or current ISO week (Monday to Sunday);
 * <li>"a week last Tuesday", "een week voor afgelopen dinsdag": the Tuesday a week before last Tuesday;
 * <li>"dinsdag over een week", "Tuesday week", "a week on Tuesday": the coming Tuesday (today included) and a week
 * more, one day rather than a weekday and an offset;
 * <li>a bare weekday ("op maandag", "on Monday"): by the {@link YearlessPolicy}, today included; not after
 * "elke"/"every", nor beside a range word ("maandag t/m vrijdag", "Monday to Friday", "Mon-Fri").
 * </ul>
 * The weekday in a holiday's name ("Easter Monday", "Goede Vrijdag") is no weekday of its own.
 */
final class WeekdayMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        if (HolidayMatcher.endsName(scan, index)) {
            return Optional.empty();
        }
        return weekBeforeLastDay(scan, index)
                .or(() -> weekLater(scan, index))
                .or(() -> weekThenDay(scan, index))
                .or(() -> dayThenWeek(scan, index))
                .or(() -> shiftedDay(scan, index))
                .or(() -> dayThenShift(scan, index))
                .or(() -> bareDay(scan, index))
                .map(date -> scan.mentions().counted(index, date.end(), date::value));
    }

    /**
     * "dinsdag over een week", "Tuesday week", "a week on Tuesday": a week after the coming Tuesday, today included. Read
     * as one day, so that "over een week" is not a second date beside the weekday.
     */
    private static Optional<Piece<LocalDate>> weekLater(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Optional<Piece<DayOfWeek>> after = Grammar.weekday(scan, index)
                .flatMap(day -> words.weekdayWeekLater.match(scan.tokens(), day.end()).map(later -> new Piece<>(day.value(), later.end())));
        Optional<Piece<DayOfWeek>> day = after.or(() -> words.weekLaterWeekday.match(scan.tokens(), index)
                .flatMap(later -> Grammar.weekday(scan, later.end())));
        return day.map(found -> new Piece<>(scan.today().with(TemporalAdjusters.nextOrSame(found.value())).plusWeeks(1), found.end()));
    }

    /**
     * British "a week last Tuesday", "een week voor afgelopen dinsdag": the Tuesday a week before last Tuesday, one day,
     * so that "last Tuesday" is not read alone.
     */
    private static Optional<Piece<LocalDate>> weekBeforeLastDay(Scan scan, int index) {
        return scan.vocabulary().weekBeforeLastWeekday.match(scan.tokens(), index)
                .flatMap(week -> shiftedDay(scan, week.end()).filter(day -> day.value().isBefore(scan.today())))
                .map(day -> new Piece<>(day.value().minusWeeks(1), day.end()));
    }

    /** "volgende week (op) maandag", "next week Monday". */
    private static Optional<Piece<LocalDate>> weekThenDay(Scan scan, int index) {
        return Grammar.shift(scan, index, ChronoUnit.WEEKS).flatMap(week -> Grammar
                .weekday(scan, Grammar.skip(scan.vocabulary().on, scan.tokens(), week.end()))
                .map(day -> new Piece<>(inWeek(scan.today(), week.value(), day.value()), day.end())));
    }

    /** "maandag volgende week", "Tuesday last week", "the Tuesday of last week", "dinsdag van vorige week". */
    private static Optional<Piece<LocalDate>> dayThenWeek(Scan scan, int index) {
        // Without "of" the weekday alone was read, and "last week" beside it as a second date (its Monday).
        return Grammar.weekday(scan, index).flatMap(day -> Grammar.shift(scan, Grammar.skip(scan.vocabulary().of, scan.tokens(), day.end()), ChronoUnit.WEEKS)
                .map(week -> new Piece<>(inWeek(scan.today(), week.value(), day.value()), week.end())));
    }

    /** "next Friday" (after today), "last Monday" (before today), "this Friday" (today or later). */
    private static Optional<Piece<LocalDate>> shiftedDay(Scan scan, int index) {
        return scan.vocabulary().shifts.match(scan.tokens(), index).flatMap(shift -> Grammar.weekday(scan, shift.end())
                .map(day -> new Piece<>(scan.today().with(adjuster(shift.value(), day.value())), day.end())));
    }

    /**
     * Dutch "maandag aanstaande", "zondag jongstleden": the same as with the word in front. Not when a
     * period follows ("maandag vorige maand" names no single day).
     */
    private static Optional<Piece<LocalDate>> dayThenShift(Scan scan, int index) {
        return Grammar.weekday(scan, index).flatMap(day -> scan.vocabulary().shifts.match(scan.tokens(), day.end())
                .filter(shift -> shift.value() != 0 && Grammar.unit(scan, shift.end()).isEmpty())
                .map(shift -> new Piece<>(scan.today().with(adjuster(shift.value(), day.value())), shift.end())));
    }

    private static TemporalAdjuster adjuster(int shift, DayOfWeek day) {
        if (shift < 0) {
            return TemporalAdjusters.previous(day);
        }
        return shift > 0 ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day);
    }

    /** A weekday on its own, dated by the policy. */
    private static Optional<Piece<LocalDate>> bareDay(Scan scan, int index) {
        if (isHabitOrRangeBefore(scan, index)) {
            return Optional.empty();
        }
        boolean past = scan.policy() == YearlessPolicy.MOST_RECENT_PAST;
        return Grammar.weekday(scan, index)
                .filter(day -> !isRangeAt(scan, day.end()))
                .map(day -> new Piece<>(scan.today().with(past
                        ? TemporalAdjusters.previousOrSame(day.value())
                        : TemporalAdjusters.nextOrSame(day.value())), day.end()));
    }

    /** Whether the token before {@code index} makes a weekday a habit ("elke") or a range end ("t/m", "-"). */
    static boolean isHabitOrRangeBefore(Scan scan, int index) {
        return index > 0 && (scan.vocabulary().weekdayHabit.matches(scan.tokens(), index - 1) || isRangeAt(scan, index - 1));
    }

    /** Whether the token at {@code index} joins two weekdays into a range: "to", "tot", "-", "/". */
    private static boolean isRangeAt(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        return scan.vocabulary().weekdayRange.matches(tokens, index)
                || tokens.isSymbol(index, "-") || tokens.isSymbol(index, "/");
    }

    /** {@code day} in the ISO week {@code weeks} weeks from today's. */
    private static LocalDate inWeek(LocalDate today, int weeks, DayOfWeek day) {
        return today.plusWeeks(weeks).with(day);
    }
}
