package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * Dates written with a month name or abbreviation, day first ("1 december 2020", "1e dec. 2020",
 * "31st January", "the 1st of December", "the first of March", "thirty one January", Dutch "eerste december",
 * "één december") or month first ("December 1st, 2020", "Dec 1 2020", "May 3", "March the 3rd", "December
 * third"), with a year in four
 * digits, in two ("3 Mar 21" is 2021, see {@link Grammar#year}), a relative year ("3 maart vorig jaar", "the 3rd of
 * March this year") or none (then the {@link YearlessPolicy} decides). A weekday in front ("maandag 3
 * mei", "Monday, May 3") belongs to the span and must agree with the date, else
 * {@link Problem#WEEKDAY_MISMATCH}; without a year it may choose the other side of today, or a year further the way the
 * policy looks. Month first without a year counts
 * where the language allows it (English), and in Dutch after "op" or with an ordinal day ("op maart 1", "maart 1e");
 * lower-case "may" first needs a year.
 */
final class MonthNameDateMatcher implements DateMatcher {

    /** Day, month and optional year read from the tokens, up to token {@code end} (exclusive). */
    private record Parts(int day, int month, OptionalInt year, int end) {
    }

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Optional<Piece<DayOfWeek>> weekday = weekdayPrefix(scan, index);
        int at = weekday.map(Piece::end).orElse(index);
        return dayFirst(scan, at).or(() -> monthFirst(scan, at))
                .map(parts -> mention(scan, index, parts, weekday));
    }

    /**
     * The date, checked against the weekday written with it. Without a year the weekday may overrule the
     * policy: "zaterdag 19 juni" said on Wednesday 16 June 2021 is the coming Saturday, even when the
     * policy looks back (19 June 2020 was a Friday).
     */
    private static DateMention mention(Scan scan, int from, Parts parts, Optional<Piece<DayOfWeek>> weekday) {
        DateMention mention = scan.dayMonth(from, parts.end(), parts.day(), parts.month(), parts.year());
        if (weekday.isEmpty() || fallsOn(mention, weekday.get().value())) {
            return mention;
        }
        if (parts.year().isEmpty()) {
            Scan otherWay = scan.withPolicy(scan.policy().opposite());
            DateMention other = otherWay.dayMonth(from, parts.end(), parts.day(), parts.month(), parts.year());
            // Only when it is the nearer of the two: "Wednesday 1 December" of a key redeemed, said on 5 December 2026
            // (1 December was a Tuesday), is a mistake in the weekday or the day, not 1 December 2027.
            if (fallsOn(other, weekday.get().value()) && nearer(other, mention, scan.today())) {
                return other;
            }
            // A year further the way the policy looks: "I redeemed it on Monday the 1st of December", said in December
            // 2026, is December 2025 (a Monday), not a mistake because 1 December 2026 was a Tuesday.
            Optional<DateMention> further = furtherYear(scan, from, parts.end(), mention);
            if (further.filter(date -> fallsOn(date, weekday.get().value())).isPresent()) {
                return further.get();
            }
        }
        return mention instanceof ResolvedDate ? scan.mentions().invalid(from, parts.end(), Problem.WEEKDAY_MISMATCH) : mention;
    }

    /** The same day a year further than {@code mention} the way the scan's policy looks, if the day is in that year. */
    private static Optional<DateMention> furtherYear(Scan scan, int from, int to, DateMention mention) {
        if (!(mention instanceof ResolvedDate resolved)) {
            return Optional.empty();
        }
        LocalDate date = resolved.date();
        LocalDate further = date.plusYears(scan.policy().yearStep());
        return further.getDayOfMonth() == date.getDayOfMonth()
                ? Optional.of(scan.mentions().resolved(from, to, further, false, false)) : Optional.empty();
    }

    /** Whether {@code date} lies nearer to {@code today} than {@code than} does, or {@code than} is no day. */
    private static boolean nearer(DateMention date, DateMention than, LocalDate today) {
        if (!(date instanceof ResolvedDate resolved) || !(than instanceof ResolvedDate other)) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(today, resolved.date())) < Math.abs(ChronoUnit.DAYS.between(today, other.date()));
    }

    private static boolean fallsOn(DateMention mention, DayOfWeek weekday) {
        return mention instanceof ResolvedDate resolved && resolved.date().getDayOfWeek() == weekday;
    }

    /** "Maandag", "Mon.", "Monday," in front of a date. */
    private static Optional<Piece<DayOfWeek>> weekdayPrefix(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        return Grammar.weekday(scan, index)
                .or(() -> scan.vocabulary().weekdayAbbreviations.match(tokens, index)
                        .map(abbreviation -> new Piece<>(abbreviation.value(), Grammar.skipSymbol(tokens, abbreviation.end(), "."))))
                .map(weekday -> new Piece<>(weekday.value(), Grammar.skipSymbol(tokens, weekday.end(), ",")));
    }

    /**
     * [the] day [of] month [year]: the day in digits, or in words as {@link DayWords} reads them ("the first of
     * March", "thirty one January", "eerste december", "één december").
     */
    private static Optional<Parts> dayFirst(Scan scan, int index) {
        int at = Grammar.skip(scan.vocabulary().the, scan.tokens(), index);
        return digitDay(scan, at).or(() -> DayWords.beforeMonth(scan, at))
                .flatMap(day -> Grammar.month(scan, day.end()).map(month -> withYear(scan, day.value(), month)));
    }

    /** A day in digits and an optional "of" after it, unless the digits are a product's version ("Windows 10 May"). */
    private static Optional<Piece<Integer>> digitDay(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        if (ProductVersions.followsKnownName(tokens, index)) {
            return Optional.empty();
        }
        return Grammar.day(scan, index).map(day -> new Piece<>(day.value(), Grammar.skip(scan.vocabulary().of, tokens, day.end())));
    }

    /**
     * month [.] [the] day [,] [year]: "March 3", "Dec. 1, 2020", "March the 3rd", "March the third", "December
     * third", "March twenty-first". Not when a day stands in front ("3 March 21" is 3 March, not March 21). A
     * cardinal word after the month is no day: "in May two keys expired".
     */
    private static Optional<Parts> monthFirst(Scan scan, int index) {
        Optional<Piece<Integer>> month = Grammar.month(scan, index);
        if (month.isEmpty() || Grammar.day(scan, index - 1).isPresent()) {
            return Optional.empty();
        }
        Tokens tokens = scan.tokens();
        int afterDot = Grammar.skipSymbol(tokens, month.get().end(), ".");
        int dayAt = Grammar.skip(scan.vocabulary().the, tokens, afterDot);
        Optional<Piece<Integer>> day = Grammar.dayOrOrdinalWord(scan, dayAt);
        boolean needsYear = scan.vocabulary().monthFirstNeedsYear && !day.filter(found -> noCount(scan, index, dayAt, found)).isPresent()
                || Grammar.monthLooksLikeWord(scan, index);
        return day.map(found -> withYear(scan, found.value(), new Piece<>(month.get().value(), found.end())))
                .filter(parts -> parts.year().isPresent() || !needsYear);
    }

    /**
     * Whether a day after the month cannot be a count, where the language wants a year after a month first ("in mei 10
     * licenties" is no date): an ordinal ("maart 1e", "March 1st") cannot, nor a day after "op" ("op maart 1"), unless
     * a counted noun or a unit follows it ("op maart 3 sleutels", "maart 1e week").
     */
    private static boolean noCount(Scan scan, int monthAt, int dayAt, Piece<Integer> day) {
        Tokens tokens = scan.tokens();
        boolean ordinal = tokens.get(dayAt).is(Token.Kind.ORDINAL) || scan.vocabulary().ordinals.matches(tokens, dayAt);
        boolean afterOn = scan.vocabulary().on.matches(tokens, monthAt - 1);
        return (ordinal || afterOn) && !Grammar.countsWhatFollows(scan, day.end()) || onlySymbolsAround(tokens, monthAt, day.end());
    }

    /** Whether nothing but punctuation stands before {@code from} and from {@code to} on: "maart 3" is the whole message. */
    private static boolean onlySymbolsAround(Tokens tokens, int from, int to) {
        for (int at = 0; at < tokens.size(); at++) {
            if ((at < from || at >= to) && !tokens.get(at).is(Token.Kind.SYMBOL)) {
                return false;
            }
        }
        return true;
    }

    /** The parts with the year that may follow {@code dayMonth.end()}, also after a joining word ({@link Grammar#yearAfter}). */
    private static Parts withYear(Scan scan, int day, Piece<Integer> dayMonth) {
        return Grammar.yearAfter(scan, dayMonth.end())
                .map(year -> new Parts(day, dayMonth.value(), OptionalInt.of(year.value()), year.end()))
                .orElseGet(() -> new Parts(day, dayMonth.value(), OptionalInt.empty(), dayMonth.end()));
    }
}
