package org.faqbot.nlu;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * Numeric dates without a year, "31-01", "31/1", "01/31", whose year the {@link YearlessPolicy} chooses. Two
 * numbers with a slash or a dash are as often a fraction ("3/4 of our licences"), a range ("1-2 days") or a
 * version ("Windows 10/11"), so the pair counts only in a date's place: right after a word such as "op",
 * "on" or "verlopen" (vocabulary {@code numeric.yearless.cues}), or right before a participle or state such as "ingewisseld"
 * or "valid" ({@code numeric.yearless.cues-after}), and not before a word that makes it a count
 * ({@code numeric.yearless.blockers}, units, counted nouns), or as the whole message (the answer to a date
 * question). A dot is no separator here: "3.4" is a number. Both languages read the order as
 * {@link NumericDateMatcher} does: a part above 12 decides ("op 12/15" is 15 December), and two different
 * parts of at most 12 are day first in Dutch and an {@link AmbiguousDate} in English.
 */
final class NumericDayMonthMatcher implements DateMatcher {

    private static final Set<String> SEPARATORS = Set.of("-", "/");

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        if (!isPair(tokens, index) || !inDatePlace(scan, index)) {
            return Optional.empty();
        }
        return Optional.of(mention(scan, index, tokens.get(index).value(), tokens.get(index + 2).value()));
    }

    private static boolean isPair(Tokens tokens, int index) {
        return tokens.has(index + 2) && tokens.get(index).isDigits(1, 2) && tokens.get(index + 2).isDigits(1, 2)
                && (SEPARATORS.contains(tokens.get(index + 1).text()) || dottedDate(tokens, index)) && tokens.get(index + 1).is(Token.Kind.SYMBOL)
                && tokens.touchesPrevious(index + 1) && tokens.touchesPrevious(index + 2)
                && !tokens.gluedBefore(index) && !tokens.gluedAfter(index + 2)
                && (!tokens.isSymbol(index + 3, tokens.get(index + 1).text()) || dottedDate(tokens, index))
                && !tokens.isSymbol(index - 1, tokens.get(index + 1).text());
    }

    /**
     * "03.03.": dots as the separator, which only the dot written after the month makes a date ("3.4" is a number, and
     * "03.03.2026" a full date, read by {@link NumericDateMatcher}).
     */
    private static boolean dottedDate(Tokens tokens, int index) {
        return tokens.isSymbol(index + 1, ".") && tokens.isSymbol(index + 3, ".") && tokens.touchesPrevious(index + 3)
                && !(tokens.has(index + 4) && tokens.touchesPrevious(index + 4));
    }

    private static boolean inDatePlace(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        return wholeMessage(tokens, index) || (cueBefore(scan, index) || cueAfter(scan, index + 3)) && !blockedAfter(scan, index + 3);
    }

    /**
     * A cue word right after the pair, perhaps after a filler ("1/12 ingewisseld", "key 3/1 still valid?"). The cues are
     * no words a fraction or count goes with: "1/3 of the keys redeemed" has "of" between, "2/5 seats used" a noun.
     */
    private static boolean cueAfter(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        int at = words.yearlessNumericCueFillers.match(scan.tokens(), index).map(Piece::end).orElse(index);
        // "sleutel van 4/2 nog oké?": after "still" / "nog" these words ask whether it is valid, as "geldig" does.
        boolean stillFine = at > index && scan.tokens().has(at)
                && StillFine.WORDS.contains(scan.tokens().get(at).text().toLowerCase(Locale.ROOT));
        return stillFine || words.yearlessNumericCuesAfter.matches(scan.tokens(), at);
    }

    /** The pair alone, perhaps with punctuation: "31-01", "31/01?". */
    private static boolean wholeMessage(Tokens tokens, int index) {
        for (int other = 0; other < tokens.size(); other++) {
            if ((other < index || other > index + 2) && !tokens.get(other).is(Token.Kind.SYMBOL)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cue word right before the pair; a cue of two words ("as of", "tot en met") ends there too. A correction word
     * ("oeps, 28-02", "I meant 28/02") may have a comma between.
     */
    private static boolean cueBefore(Scan scan, int index) {
        boolean comma = scan.tokens().isSymbol(index - 1, ",");
        return endsAt(scan.vocabulary().yearlessNumericCues, scan, index)
                || endsAt(scan.vocabulary().yearlessNumericCorrections, scan, comma ? index - 1 : index);
    }

    private static boolean endsAt(PhraseTable<Boolean> cues, Scan scan, int index) {
        for (int start = Math.max(0, index - 3); start < index; start++) {
            Optional<Piece<Boolean>> cue = cues.match(scan.tokens(), start);
            if (cue.isPresent() && cue.get().end() == index) {
                return true;
            }
        }
        return false;
    }

    private static boolean blockedAfter(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        Vocabulary words = scan.vocabulary();
        if (tokens.isSymbol(index, "%") || tokens.isSymbol(index, "€") || tokens.isSymbol(index, "$")) {
            return true;
        }
        return words.yearlessNumericBlockers.matches(tokens, index) || words.units.matches(tokens, index)
                || words.twoDigitYearBlockers.matches(tokens, index);
    }

    private static DateMention mention(Scan scan, int from, int first, int second) {
        int to = from + 3;
        if (isMonth(first) && !isMonth(second)) {
            return scan.dayMonth(from, to, second, first, OptionalInt.empty());
        }
        if (scan.vocabulary().numericDayFirst || first == second || !isMonth(first)) {
            return scan.dayMonth(from, to, first, second, OptionalInt.empty());
        }
        Optional<java.time.LocalDate> dayFirst = scan.yearlessDate(second, first);
        Optional<java.time.LocalDate> monthFirst = scan.yearlessDate(first, second);
        if (dayFirst.isEmpty() || monthFirst.isEmpty()) {
            return scan.mentions().invalid(from, to, Problem.YEAR_OUT_OF_RANGE);
        }
        return scan.mentions().ambiguous(from, to, List.of(dayFirst.get(), monthFirst.get()));
    }

    private static boolean isMonth(int value) {
        return value >= 1 && value <= 12;
    }
}
