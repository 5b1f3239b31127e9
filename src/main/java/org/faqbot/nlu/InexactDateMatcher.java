package org.faqbot.nlu;

import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * Dates that a word in front makes approximate or a boundary instead of a day: "more than a year ago",
 * "over a year ago", "meer dan een jaar geleden", "ruim een jaar geleden", "before 1 December 2020",
 * "voor 1 december 2020", "na 1 december 2020", "in less than a week". Computing with the date inside would
 * give a confident but possibly wrong answer, so the whole phrase is an {@link InvalidDate} with
 * {@link Problem#NOT_EXACT}, with the {@link DateBounds} the words give ("more than a year ago": on or before
 * the day a year ago), so that a rule may still answer when every day within them gives the same answer.
 *
 * <p>Approximating words ("more than") qualify only dates counted from today, boundary words
 * ("before", "na") only dates written with a day and month: Dutch "voor morgen" is "for tomorrow".
 * "About", "ongeveer" and "rond" are not listed: such a date is close enough to work with. A guessed count ("een
 * maand of drie geleden", "3 or 4 months ago") is read by {@link ApproximateOffset}. A count before a boundary word
 * ("2 weeks after 1 November 2025") makes the date exact again: that day, counted from the written one.
 */
final class InexactDateMatcher implements DateMatcher {

    private final List<DateMatcher> dateMatchers;

    /** @param dateMatchers the matchers of the dates that a qualifier may stand in front of */
    InexactDateMatcher(List<DateMatcher> dateMatchers) {
        this.dateMatchers = List.copyOf(dateMatchers);
    }

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.inexactOffset.match(tokens, index)
                .flatMap(qualifier -> longestAt(scan, qualifier.end()).filter(InexactDateMatcher::isCounted)
                        .map(date -> inexact(scan, index, qualifier.value(), date)))
                .or(() -> words.inexactDate.match(tokens, index)
                        .flatMap(qualifier -> longestAt(scan, qualifier.end()).filter(InexactDateMatcher::isWritten)
                                .map(date -> inexact(scan, index, qualifier.value(), date))))
                .or(() -> words.inexactDate.match(tokens, index)
                        .flatMap(qualifier -> holidaySpan(scan, qualifier.end())
                                .map(days -> outside(scan, index, qualifier.value(), days))))
                .or(() -> inQualified(scan, index))
                .or(() -> ApproximateOffset.read(scan, index))
                .or(() -> countedFromDate(scan, index));
    }

    /**
     * "2 weeks after 1 November 2025", "drie dagen voor kerst": a count before the boundary word makes the date an exact
     * day again, counted from the written one; not after "within" / "binnen", which makes the whole a bound.
     */
    private Optional<DateMention> countedFromDate(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        if (index > 0 && words.in.matches(tokens, index - 1)) {
            return Optional.empty();
        }
        return OffsetAmount.read(scan, index).flatMap(amount -> words.inexactDate.match(tokens, amount.end())
                .flatMap(side -> longestAt(scan, side.end()).filter(InexactDateMatcher::isWritten)
                        .map(date -> counted(scan, index, date,
                                side.value() == Qualifier.AFTER ? amount.value() : amount.value().negated()))));
    }

    /** {@code date} moved by {@code offset}, both readings of one that reads two ways; the year stays as given or chosen. */
    private static DateMention counted(Scan scan, int from, DateMention date, Period offset) {
        int to = endToken(scan.tokens(), date);
        if (date instanceof AmbiguousDate ambiguous) {
            return scan.mentions().ambiguous(from, to, ambiguous.readings().stream().map(day -> day.plus(offset)).toList());
        }
        ResolvedDate resolved = (ResolvedDate) date;
        return scan.mentions().resolved(from, to, resolved.date().plus(offset), false, resolved.yearGiven());
    }

    /**
     * "in less than a week", "within more than a month", "over minder dan een week": the qualifier between the
     * "in" and the amount, which no date form reads on its own; not when tied to another event ("within
     * less than 30 days of purchase").
     */
    private static Optional<DateMention> inQualified(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.in.match(tokens, index)
                .flatMap(in -> words.inexactOffset.match(tokens, in.end()))
                .flatMap(qualifier -> OffsetAmount.read(scan, qualifier.end())
                        .filter(amount -> !words.offsetBlockers.matches(tokens, amount.end()))
                        .map(amount -> scan.mentions().counted(index, amount.end(), () -> scan.today().plus(amount.value())))
                        .filter(InexactDateMatcher::isCounted)
                        .map(date -> inexact(scan, index, qualifier.value(), date)));
    }

    /**
     * A holiday of several days ("oud en nieuw", "carnaval") at {@code index}: its first and last day, which "na" and
     * "before" go beyond, as they do a single day's.
     */
    private Optional<InvalidDate> holidaySpan(Scan scan, int index) {
        if (!HolidayMatcher.namedAt(scan, index)) {
            return Optional.empty();
        }
        return longestAt(scan, index).filter(InvalidDate.class::isInstance).map(InvalidDate.class::cast)
                .filter(date -> date.bounds().filter(b -> b.earliest().isPresent() && b.latest().isPresent()).isPresent());
    }

    /** "na oud en nieuw" lies after its last day, "before carnival" before its first. */
    private static DateMention outside(Scan scan, int from, Qualifier qualifier, InvalidDate span) {
        DateBounds days = span.bounds().orElseThrow();
        Optional<DateBounds> bounds = switch (qualifier) {
            case BEFORE -> qualifier.bounds(days.earliest().orElseThrow(), scan.today());
            case AFTER -> qualifier.bounds(days.latest().orElseThrow(), scan.today());
            default -> Optional.empty();
        };
        return scan.mentions().inexact(from, endToken(scan.tokens(), span), bounds);
    }

    /** The whole phrase, with the days it leaves open; a date read two ways ("before 03/04/2021") gives none. */
    private static DateMention inexact(Scan scan, int from, Qualifier qualifier, DateMention date) {
        Optional<DateBounds> bounds = date instanceof ResolvedDate resolved
                ? qualifier.bounds(resolved.date(), scan.today())
                : Optional.empty();
        return scan.mentions().inexact(from, endToken(scan.tokens(), date), bounds);
    }

    private Optional<DateMention> longestAt(Scan scan, int index) {
        // "2 weeks before" may end the message: the matchers are only ever asked at a token.
        if (!scan.tokens().has(index)) {
            return Optional.empty();
        }
        return dateMatchers.stream()
                .map(matcher -> matcher.matchAt(scan, index))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(DateMention::end));
    }

    /** A date counted from today: "a year ago", "drie weken geleden". */
    private static boolean isCounted(DateMention date) {
        return date instanceof ResolvedDate resolved && resolved.relative();
    }

    /** A date written with day and month, read one way ("1 December 2020") or two ("03/04/2021"). */
    private static boolean isWritten(DateMention date) {
        return date instanceof ResolvedDate resolved && !resolved.relative() || date instanceof AmbiguousDate;
    }

    /** The index after the token that ends {@code date}. */
    static int endToken(Tokens tokens, DateMention date) {
        int at = 0;
        while (tokens.has(at) && tokens.end(at + 1) < date.end()) {
            at++;
        }
        return at + 1;
    }
}
