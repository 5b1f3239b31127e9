package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Weekdays counted back:
 * <ul>
 * <li>"two Fridays ago", "2 fridays ago", "twee vrijdagen geleden": the first is the last such day before today (as
 * "last Friday"), each further one a week earlier, so on Sunday 6 December 2026 "two Fridays ago" is 27 November. Only
 * counted back: "in two Fridays" is not said;
 * <li>"the Monday before last", "voorvorige maandag": two Mondays ago;
 * <li>"maandag twee weken geleden", "maandag van twee weken geleden", "Monday two weeks ago", "two weeks ago on a
 * Monday", "voorvorige week maandag", "Monday the week before last": that day of the ISO week (Monday to Sunday) two
 * weeks before today's, as "vorige week maandag" is that day of the week before. One day, not a weekday and an offset beside it (which read as two dates).
 * </ul>
 */
final class WeekdaysAgoMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return counted(scan, index)
                .or(() -> beforeLast(scan, index))
                .or(() -> dayThenWeeksAgo(scan, index))
                .or(() -> weeksAgoThenDay(scan, index))
                .map(date -> scan.mentions().counted(index, date.end(), date::value));
    }

    /** "two Fridays ago". */
    private static Optional<Piece<LocalDate>> counted(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return Grammar.count(scan, index).filter(count -> count.value() > 0)
                .flatMap(count -> words.weekdayPlurals.match(scan.tokens(), count.end())
                        .flatMap(day -> words.ago.match(scan.tokens(), day.end())
                                .map(ago -> new Piece<>(ago(scan, day.value(), count.value()), ago.end()))));
    }

    /** "Monday before last", "voorvorige maandag". */
    private static Optional<Piece<LocalDate>> beforeLast(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return Grammar.weekday(scan, index)
                .flatMap(day -> words.weekdayBeforeLast.match(scan.tokens(), day.end()).map(last -> new Piece<>(day.value(), last.end())))
                .or(() -> words.beforeLastWeekday.match(scan.tokens(), index).flatMap(last -> Grammar.weekday(scan, last.end())))
                .map(day -> new Piece<>(ago(scan, day.value(), 2), day.end()));
    }

    /** "maandag (van) twee weken geleden", "Monday (of) two weeks ago". */
    private static Optional<Piece<LocalDate>> dayThenWeeksAgo(Scan scan, int index) {
        return Grammar.weekday(scan, index).flatMap(day -> weeksBack(scan, Grammar.skip(scan.vocabulary().of, scan.tokens(), day.end()))
                .map(weeks -> new Piece<>(inWeekAgo(scan, weeks.value(), day.value()), weeks.end())));
    }

    /** "two weeks ago on a Monday", "twee weken geleden op maandag". */
    private static Optional<Piece<LocalDate>> weeksAgoThenDay(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return weeksBack(scan, index).flatMap(weeks -> {
            int dayAt = Grammar.skip(words.articles, scan.tokens(), Grammar.skip(words.on, scan.tokens(), weeks.end()));
            return Grammar.weekday(scan, dayAt).map(day -> new Piece<>(inWeekAgo(scan, weeks.value(), day.value()), day.end()));
        });
    }

    /** {@link #weeksAgo}, or "the week before last" / "voorvorige week" as two: "voorvorige week dinsdag". */
    private static Optional<Piece<Integer>> weeksBack(Scan scan, int index) {
        return weeksAgo(scan, index).or(() -> scan.vocabulary().weekBeforeLast.match(scan.tokens(), index)
                .map(found -> new Piece<>(2, found.end())));
    }

    /** A count of weeks and the word for ago: "twee weken geleden", "a week ago". */
    private static Optional<Piece<Integer>> weeksAgo(Scan scan, int index) {
        return Grammar.count(scan, index).filter(count -> count.value() > 0)
                .flatMap(count -> Grammar.unit(scan, count.end()).filter(unit -> unit.value() == ChronoUnit.WEEKS)
                        .flatMap(unit -> scan.vocabulary().ago.match(scan.tokens(), unit.end()))
                        .map(ago -> new Piece<>(count.value(), ago.end())));
    }

    /** The {@code count}th {@code day} before today: one is the last such day before today. */
    private static LocalDate ago(Scan scan, DayOfWeek day, int count) {
        return scan.today().with(TemporalAdjusters.previous(day)).minusWeeks(count - 1L);
    }

    /** {@code day} in the ISO week {@code weeks} weeks before today's. */
    private static LocalDate inWeekAgo(Scan scan, int weeks, DayOfWeek day) {
        return scan.today().minusWeeks(weeks).with(day);
    }
}
