package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.kb.Lang;

/**
 * A month named without a day ("I redeemed the key in March", "ik heb hem in maart 2025 ingewisseld"): no date to compute
 * with, as the rules need a day ({@link DateExtractor} reads no month alone), but what a question back for the day can
 * name. The span is {@code start} (inclusive) to {@code end} (exclusive) in the message, the year included when written.
 */
public record NamedMonth(Month month, OptionalInt year, int start, int end) {

    public NamedMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(year, "year");
    }

    /**
     * The one month {@code text} names in {@code lang} without a day, with its year when one follows it ("March 2025",
     * "maart vorig jaar", relative to {@code today}); empty when it names none or several. Call it for a message in
     * which the date readers found no date: a month inside a date is named with its day. A lower-case "may" is the verb.
     */
    public static Optional<NamedMonth> in(String text, Lang lang, LocalDate today) {
        List<NamedMonth> found = all(text, lang, today);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Every month {@code text} names in {@code lang}, in order, with its year when one follows it; a month inside a date
     * ("3 juni 2026") is among them, so the caller tells by what stands before it. A lower-case "may" is the verb.
     */
    public static List<NamedMonth> all(String text, Lang lang, LocalDate today) {
        Scan scan = Scan.of(text, Vocabulary.of(lang), today, YearlessPolicy.MOST_RECENT_PAST,
                DateExtractor.DEFAULT_MIN_YEAR, DateExtractor.DEFAULT_MAX_YEAR);
        List<NamedMonth> found = new ArrayList<>();
        for (int i = 0; i < scan.tokens().size(); i++) {
            int at = i;
            Grammar.month(scan, at).filter(month -> !Grammar.monthLooksLikeWord(scan, at))
                    .ifPresent(month -> found.add(named(scan, at, month)));
        }
        return found;
    }

    private static NamedMonth named(Scan scan, int at, Piece<Integer> month) {
        Optional<Piece<Integer>> year = Grammar.year(scan, month.end());
        int end = year.map(Piece::end).orElse(month.end());
        return new NamedMonth(Month.of(month.value()), year.map(y -> OptionalInt.of(y.value())).orElse(OptionalInt.empty()),
                scan.tokens().start(at), scan.tokens().end(end));
    }
}
