package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * A month or the last year named without a day, read as all the days it holds: "in April" (the last April begun by
 * today, or the year written after it), "in april 2025", "last year", "vorig jaar". The date readers read neither
 * ({@link DateExtractor} reads no month alone, and "last year" often only sets the scene of another question), so the
 * caller decides when such a span dates something: for a past event told with its done verb in a rule question, its
 * days are bounds the rule may answer with, as for "last month" ({@link MonthSpanMatcher}).
 */
public final class NamedSpan {

    private NamedSpan() {
    }

    /**
     * The one month {@code text} names without a day, else its "last year", as an {@link InvalidDate} that is not exact
     * with the span's days as bounds; empty when it names neither, several months, or a year out of range.
     */
    public static Optional<InvalidDate> in(String text, Lang lang, LocalDate today) {
        return NamedMonth.in(text, lang, today).map(month -> month(text, month, today)).or(() -> lastYear(text, lang, today));
    }

    /**
     * Each month {@code text} names without a day, in order, as {@link #in} reads one: a message that names the month of a
     * thing done and the month asked about ("redeemed in January, still valid in December?") has two, and the caller
     * tells which dates the thing. Call it for a message in which the date readers found no date, as a month inside a
     * date ("3 juni") is among them.
     */
    public static List<InvalidDate> months(String text, Lang lang, LocalDate today) {
        return NamedMonth.all(text, lang, today).stream().map(month -> month(text, month, today)).toList();
    }

    /**
     * {@code span}, a month read by {@link #months}, as the month of a plan: the first such month from this one on ("if I
     * redeem one in January", said in December, means next January). A year written stays.
     */
    public static InvalidDate ahead(InvalidDate span, String text, LocalDate today) {
        LocalDate first = span.bounds().flatMap(DateBounds::earliest).orElseThrow();
        YearMonth month = YearMonth.from(first);
        // A month's name is one word: more is its year ("januari 2027", "maart vorig jaar").
        boolean yearWritten = Normalized.words(span.text()).strip().contains(" ");
        if (yearWritten || !month.isBefore(YearMonth.from(today))) {
            return span;
        }
        YearMonth next = MonthYear.notEndedBy(month.getMonth(), today);
        return span(text, span.start(), span.end(), next.atDay(1), next.atEndOfMonth());
    }

    private static InvalidDate month(String text, NamedMonth named, LocalDate today) {
        YearMonth month = YearMonth.of(today.getYear(), named.month());
        if (named.year().isPresent()) {
            month = month.withYear(named.year().getAsInt());
        } else if (month.isAfter(YearMonth.from(today))) {
            month = month.minusYears(1);
        }
        return span(text, named.start(), named.end(), month.atDay(1), month.atEndOfMonth());
    }

    private static Optional<InvalidDate> lastYear(String text, Lang lang, LocalDate today) {
        Scan scan = Scan.of(text, Vocabulary.of(lang), today, YearlessPolicy.MOST_RECENT_PAST,
                DateExtractor.DEFAULT_MIN_YEAR, DateExtractor.DEFAULT_MAX_YEAR);
        for (int i = 0; i < scan.tokens().size(); i++) {
            Optional<Piece<Integer>> shift = Grammar.shift(scan, i, ChronoUnit.YEARS).filter(found -> found.value() == -1);
            if (shift.isPresent()) {
                int year = today.getYear() - 1;
                Tokens tokens = scan.tokens();
                return Optional.of(span(text, tokens.start(i), tokens.end(shift.get().end()), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        }
        return Optional.empty();
    }

    private static InvalidDate span(String text, int start, int end, LocalDate first, LocalDate last) {
        return new InvalidDate(text.substring(start, end), start, end, InvalidDate.Problem.NOT_EXACT,
                Optional.of(DateBounds.between(first, last)));
    }
}
