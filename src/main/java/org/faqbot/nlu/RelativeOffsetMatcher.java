package org.faqbot.nlu;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Offsets from today, counted in days, weeks, months or years, the count in digits or words up to
 * twenty: "3 weeks ago", "drie weken geleden", "a week ago", "in 10 days", "over drie weken", "binnen
 * twee weken", "10 days from now"; with halves and added-up parts as {@link OffsetAmount} reads them
 * ("half a year ago", "anderhalf jaar geleden", "3 weeks and 2 days ago"); and "next week" / "vorige
 * week" (today plus or minus seven days), "the week before last" / "voorvorige week" (minus fourteen).
 * Months and years use java.time arithmetic, so one month after 31 January is the last day of February.
 * "In 30 days" followed by a word that ties it to another event ("within 30 days of purchase",
 * "binnen 30 dagen na aankoop") is not relative to today and is not read. A bare duration ("90 days",
 * "12 maanden") is no date.
 */
final class RelativeOffsetMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return countFirst(scan, index)
                .or(() -> inFirst(scan, index))
                .or(() -> shiftedWeek(scan, index))
                .map(offset -> scan.mentions().counted(index, offset.end(), () -> scan.today().plus(offset.value())));
    }

    /** "3 weeks ago" (minus) or "3 weeks from now" (plus). */
    private static Optional<Piece<Period>> countFirst(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return OffsetAmount.read(scan, index).flatMap(amount -> words.ago.match(scan.tokens(), amount.end())
                .map(ago -> new Piece<>(amount.value().negated(), ago.end()))
                .or(() -> words.fromNow.match(scan.tokens(), amount.end())
                        .map(fromNow -> new Piece<>(amount.value(), fromNow.end()))));
    }

    /** "in 3 weeks", "over drie weken", optionally "from now", unless tied to another event. */
    private static Optional<Piece<Period>> inFirst(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.in.match(tokens, index)
                .flatMap(in -> OffsetAmount.read(scan, in.end()))
                .map(amount -> new Piece<>(amount.value(), Grammar.skip(words.fromNow, tokens, amount.end())))
                .filter(offset -> !words.offsetBlockers.matches(tokens, offset.end()));
    }

    /** "next week" / "volgende week" and "last week" / "vorige week"; "this week" is no single day. */
    private static Optional<Piece<Period>> shiftedWeek(Scan scan, int index) {
        return Grammar.shift(scan, index, ChronoUnit.WEEKS)
                .filter(shift -> shift.value() != 0)
                .map(shift -> new Piece<>(Period.ofWeeks(shift.value()), shift.end()))
                .or(() -> scan.vocabulary().weekBeforeLast.match(scan.tokens(), index)
                        .map(found -> new Piece<>(Period.ofWeeks(-2), found.end())));
    }
}
