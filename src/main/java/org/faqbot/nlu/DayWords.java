package org.faqbot.nlu;

import java.util.Optional;

/**
 * The day of a month-name date written in words, in front of the month: an ordinal ("the first of
 * December", "the twenty-first of March", Dutch "eerste december", "eenendertigste januari") or, where the
 * language writes dates so, a cardinal number ("thirty one January", "één december", "eenendertig januari").
 * The piece's value is the day, its end the index where the month must start.
 *
 * <p>A cardinal is only a day when the month follows it directly and is no everyday word ("two may be
 * enough"), and not when a counted noun follows the month ("two March licences"): ordinary sentences with
 * number words stay numbers. The articles ("a", "een") and zero are never a day.
 */
final class DayWords {

    private DayWords() {
    }

    static Optional<Piece<Integer>> beforeMonth(Scan scan, int index) {
        return ordinal(scan, index).or(() -> cardinal(scan, index));
    }

    /** An ordinal word; in English only with "of" after it ("the first of March", but "my first March renewal"). */
    private static Optional<Piece<Integer>> ordinal(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return words.ordinals.match(scan.tokens(), index).flatMap(day -> {
            int monthAt = Grammar.skip(words.of, scan.tokens(), day.end());
            boolean lacksOf = monthAt == day.end() && words.ordinalWordNeedsOf;
            return lacksOf ? Optional.empty() : Optional.of(new Piece<>(day.value(), monthAt));
        });
    }

    private static Optional<Piece<Integer>> cardinal(Scan scan, int index) {
        return Grammar.dayNumberWord(scan, index)
                .filter(day -> Grammar.month(scan, day.end())
                        .filter(month -> !Grammar.monthLooksLikeWord(scan, day.end()) && !Grammar.countsWhatFollows(scan, month.end()))
                        .isPresent());
    }
}
