package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * Two days and the days between them, given for a day that lies somewhere in them: "between Christmas and New Year",
 * "tussen kerst en oud en nieuw", "between 10 and 20 January", "tussen 10 en 20 januari", "from the 3rd to the 7th of
 * March", "van 3 tot 7 maart". A day written without its month ("10", "the 3rd") takes the second day's month and
 * year. Like "begin maart" the whole is an {@link InvalidDate} that is {@link Problem#NOT_EXACT} with the first and last
 * day as its {@link DateBounds}: a rule answers when every day between gives the same answer and asks for the day
 * otherwise. Read before, only the last day counted, a day the user did not say. A span longer than a month ("valid
 * from 1 March 2026 to 1 March 2027") is a period with two dates of its own, not a guess at one day, and is left to
 * them; so are two days the wrong way round.
 */
final class DayRangeMatcher implements DateMatcher {

    /** The longest span read as a guess at one day: a month's days. */
    private static final int MAX_DAYS = 31;

    private final List<DateMatcher> dateMatchers;

    /** @param dateMatchers the matchers of the days a range is made of */
    DayRangeMatcher(List<DateMatcher> dateMatchers) {
        this.dateMatchers = List.copyOf(dateMatchers);
    }

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.rangeBetween.match(tokens, index).flatMap(between -> range(scan, index, between.end(), words.rangeAnd))
                .or(() -> words.rangeFrom.match(tokens, index).flatMap(from -> range(scan, index, from.end(), words.rangeTo)));
    }

    private Optional<DateMention> range(Scan scan, int from, int index, PhraseTable<Boolean> joiner) {
        Tokens tokens = scan.tokens();
        Optional<Piece<Integer>> bareDay = bareDay(scan, index).filter(day -> joiner.matches(tokens, day.end()));
        if (bareDay.isPresent()) {
            return joiner.match(tokens, bareDay.get().end()).flatMap(join -> second(scan, join.end()))
                    .flatMap(last -> earliest(last).flatMap(day -> monthDay(day, bareDay.get().value()))
                            .flatMap(first -> span(scan, from, first, last)));
        }
        return longestAt(scan, index).flatMap(first -> joiner.match(tokens, InexactDateMatcher.endToken(tokens, first))
                .flatMap(join -> second(scan, join.end()))
                .flatMap(last -> earliest(first).flatMap(day -> span(scan, from, yearBefore(first, day, last), last))));
    }

    /** "10", "the 3rd", "de 3e": a day without its month. */
    private static Optional<Piece<Integer>> bareDay(Scan scan, int index) {
        return Grammar.dayOrOrdinalWord(scan, Grammar.skip(scan.vocabulary().the, scan.tokens(), index));
    }

    /** The second day, also "New Year", which is a day only where a word places it. */
    private Optional<DateMention> second(Scan scan, int index) {
        return longestAt(scan, index).or(() -> scan.tokens().has(index) ? HolidayMatcher.placed(scan, index) : Optional.empty());
    }

    private static Optional<LocalDate> monthDay(LocalDate month, int day) {
        return day >= 1 && day <= month.lengthOfMonth() ? Optional.of(month.withDayOfMonth(day)) : Optional.empty();
    }

    /**
     * The first day, a year back when its year was not written and it would fall after the last: "tussen kerst en oud en
     * nieuw" asked on 28 December of a thing that happened is last Christmas and this turn of the year.
     */
    private static LocalDate yearBefore(DateMention first, LocalDate day, DateMention last) {
        boolean yearGiven = first instanceof ResolvedDate resolved && resolved.yearGiven();
        return !yearGiven && latest(last).filter(day::isAfter).isPresent() ? day.minusYears(1) : day;
    }

    private static Optional<DateMention> span(Scan scan, int from, LocalDate first, DateMention last) {
        return latest(last).filter(end -> !end.isBefore(first) && ChronoUnit.DAYS.between(first, end) < MAX_DAYS)
                .map(end -> scan.mentions().isPlausible(first.getYear())
                        ? scan.mentions().inexact(from, InexactDateMatcher.endToken(scan.tokens(), last),
                                Optional.of(DateBounds.between(first, end)))
                        : scan.mentions().invalid(from, InexactDateMatcher.endToken(scan.tokens(), last), Problem.YEAR_OUT_OF_RANGE));
    }

    private static Optional<LocalDate> earliest(DateMention day) {
        if (day instanceof ResolvedDate resolved) {
            return Optional.of(resolved.date());
        }
        return day instanceof InvalidDate span && span.problem() == Problem.NOT_EXACT ? span.bounds().flatMap(DateBounds::earliest) : Optional.empty();
    }

    private static Optional<LocalDate> latest(DateMention day) {
        if (day instanceof ResolvedDate resolved) {
            return Optional.of(resolved.date());
        }
        return day instanceof InvalidDate span && span.problem() == Problem.NOT_EXACT ? span.bounds().flatMap(DateBounds::latest) : Optional.empty();
    }

    private Optional<DateMention> longestAt(Scan scan, int index) {
        if (!scan.tokens().has(index)) {
            return Optional.empty();
        }
        return dateMatchers.stream().map(matcher -> matcher.matchAt(scan, index)).flatMap(Optional::stream)
                .max(Comparator.comparingInt(DateMention::end));
    }
}
