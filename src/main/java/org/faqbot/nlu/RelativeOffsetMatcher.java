package org.faqbot.nlu;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Offsets from today, counted in days, weeks, months or years, the count in digits or words up to
 * twenty: "3 weeks ago", "drie weken geleden", "a week ago", "in 10 days", "over drie weken", "binnen
 * twee weken", "10 days from now"; and "next week" / "vorige week" (today plus or minus seven days).
 * Months and years use java.time arithmetic, so one month after 31 January is the last day of February.
 * "In 30 days" followed by a word that ties it to another event ("within 30 days of purchase",
 * "binnen 30 dagen na aankoop") is not relative to today and is not read. A bare duration ("90 days",
 * "12 maanden") is no date.
 */
final class RelativeOffsetMatcher implements DateMatcher {

    /** A signed amount of a unit. */
    private record Offset(long amount, ChronoUnit unit) {
    }

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return countFirst(scan, index)
                .or(() -> inFirst(scan, index))
                .or(() -> shiftedWeek(scan, index))
                .map(offset -> scan.mentions().counted(index, offset.end(),
                        () -> scan.today().plus(offset.value().amount(), offset.value().unit())));
    }

    /** "3 weeks ago" (minus) or "3 weeks from now" (plus). */
    private static Optional<Piece<Offset>> countFirst(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return amount(scan, index).flatMap(amount -> words.ago.match(scan.tokens(), amount.end())
                .map(ago -> new Piece<>(new Offset(-amount.value().amount(), amount.value().unit()), ago.end()))
                .or(() -> words.fromNow.match(scan.tokens(), amount.end())
                        .map(fromNow -> new Piece<>(amount.value(), fromNow.end()))));
    }

    /** "in 3 weeks", "over drie weken", optionally "from now", unless tied to another event. */
    private static Optional<Piece<Offset>> inFirst(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.in.match(tokens, index)
                .flatMap(in -> amount(scan, in.end()))
                .map(amount -> new Piece<>(amount.value(), Grammar.skip(words.fromNow, tokens, amount.end())))
                .filter(offset -> !words.offsetBlockers.matches(tokens, offset.end()));
    }

    /** "next week" / "volgende week" and "last week" / "vorige week"; "this week" is no single day. */
    private static Optional<Piece<Offset>> shiftedWeek(Scan scan, int index) {
        return Grammar.shift(scan, index, ChronoUnit.WEEKS)
                .filter(shift -> shift.value() != 0)
                .map(shift -> new Piece<>(new Offset(shift.value(), ChronoUnit.WEEKS), shift.end()));
    }

    /** A count and a unit: "3 weeks", "drie weken", "a week". */
    private static Optional<Piece<Offset>> amount(Scan scan, int index) {
        return Grammar.count(scan, index).flatMap(count -> Grammar.unit(scan, count.end())
                .map(unit -> new Piece<>(new Offset(count.value(), unit.value()), unit.end())));
    }
}
