package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Offsets from today whose count is a guess, read as the days they leave open ({@link DateBounds}) rather than as one
 * day: "een maand of drie geleden" (about three months: two to four), "a week or two ago" (one to three), and a range
 * of counts, "3 or 4 months ago", "drie à vier maanden geleden", "3-4 weeks ago" (from the larger to the smaller).
 * Reading "3 or 4 months ago" as "4 months ago" gave an exact answer the user never gave.
 */
final class ApproximateOffset {

    /** The counts "a few" leaves open. */
    private static final int FEW_LEAST = 2;
    private static final int FEW_MOST = 4;

    private ApproximateOffset() {
    }

    /** The phrase at {@code index} as a date that is not exact, with its bounds. */
    static Optional<DateMention> read(Scan scan, int index) {
        return unitThenCount(scan, index).or(() -> countRange(scan, index)).or(() -> few(scan, index));
    }

    /** "een maand of drie geleden", "a month or two ago": about that count, one more or one less. */
    private static Optional<DateMention> unitThenCount(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.articles.match(tokens, index)
                .flatMap(article -> Grammar.unit(scan, article.end()))
                .flatMap(unit -> words.or.match(tokens, unit.end())
                        .flatMap(or -> Grammar.count(scan, or.end()))
                        .filter(count -> count.value() >= 2)
                        .flatMap(count -> ago(scan, index, count.end(), unit.value(), count.value() + 1, count.value() - 1)));
    }

    /** "a few weeks ago", "een paar weken terug": two to four of the unit, a guess like "a week or two ago". */
    private static Optional<DateMention> few(Scan scan, int index) {
        return scan.vocabulary().few.match(scan.tokens(), index)
                .flatMap(few -> Grammar.unit(scan, few.end()))
                .flatMap(unit -> ago(scan, index, unit.end(), unit.value(), FEW_MOST, FEW_LEAST));
    }

    /** "3 or 4 months ago", "drie à vier maanden geleden", "3-4 weeks ago": between the two counts. */
    private static Optional<DateMention> countRange(Scan scan, int index) {
        return hyphened(scan.tokens(), index).or(() -> counts(scan, index))
                .filter(counts -> counts.first() != counts.second())
                .flatMap(counts -> Grammar.unit(scan, counts.end())
                        .flatMap(unit -> ago(scan, index, unit.end(), unit.value(),
                                Math.max(counts.first(), counts.second()), Math.min(counts.first(), counts.second()))));
    }

    /** Two counts and the index after them. */
    private record Counts(int first, int second, int end) {
    }

    /** "3 or 4", "drie à vier". */
    private static Optional<Counts> counts(Scan scan, int index) {
        return Grammar.count(scan, index).flatMap(first -> scan.vocabulary().or.match(scan.tokens(), first.end())
                .flatMap(or -> Grammar.count(scan, or.end()))
                .map(second -> new Counts(first.value(), second.value(), second.end())));
    }

    /** "3-4": digits joined by a hyphen, which no count reads alone (they are glued). */
    private static Optional<Counts> hyphened(Tokens tokens, int index) {
        boolean joined = tokens.has(index + 2) && isSmallNumber(tokens.get(index)) && tokens.isSymbol(index + 1, "-")
                && isSmallNumber(tokens.get(index + 2)) && tokens.touchesPrevious(index + 1) && tokens.touchesPrevious(index + 2)
                && !tokens.gluedBefore(index) && !tokens.gluedAfter(index + 2);
        return joined ? Optional.of(new Counts(tokens.get(index).value(), tokens.get(index + 2).value(), index + 3)) : Optional.empty();
    }

    private static boolean isSmallNumber(Token token) {
        return token.is(Token.Kind.NUMBER) && token.isDigits(1, 3);
    }

    /** With "ago" / "geleden" at {@code at}: the days between {@code most} and {@code least} units before today. */
    private static Optional<DateMention> ago(Scan scan, int from, int at, ChronoUnit unit, int most, int least) {
        return scan.vocabulary().ago.match(scan.tokens(), at).map(ago -> {
            LocalDate earliest = scan.today().minus(most, unit);
            if (!scan.mentions().isPlausible(earliest.getYear())) {
                return scan.mentions().invalid(from, ago.end(), InvalidDate.Problem.YEAR_OUT_OF_RANGE);
            }
            return scan.mentions().inexact(from, ago.end(), Optional.of(DateBounds.between(earliest, scan.today().minus(least, unit))));
        });
    }
}
