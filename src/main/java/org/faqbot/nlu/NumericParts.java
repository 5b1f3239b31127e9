package org.faqbot.nlu;

import java.util.Optional;
import java.util.Set;

/**
 * Three numbers joined by one separator, with no spaces: "1-12-2020", "01/12/20", "2020.12.01", "1-12-'25" (an
 * apostrophe may mark a last part of two digits as a year). The
 * group must stand alone, so "1.2.3.4", "v1.2.20", "06-12-34-56" and "10:30" are not read.
 *
 * @param end    the index after the last number (exclusive)
 * @param marked whether an apostrophe marked the last part as a year
 */
record NumericParts(Token first, Token second, Token third, int end, boolean marked) {

    /** The date separators; the same one must be used twice. */
    private static final Set<String> SEPARATORS = Set.of("-", "/", ".");

    /** The group starting at {@code index}, standing alone. */
    static Optional<NumericParts> read(Tokens tokens, int index) {
        return read(tokens, index, false);
    }

    /** Like {@link #read(Tokens, int)}, also when an ISO time follows: "2021-09-30T00:00:00Z". */
    static Optional<NumericParts> readWithTime(Tokens tokens, int index) {
        return read(tokens, index, true);
    }

    private static Optional<NumericParts> read(Tokens tokens, int index, boolean timeMayFollow) {
        // A two-digit year may be marked by an apostrophe: "1-12-'25".
        int thirdAt = Grammar.isYearMark(tokens, index + 4) && tokens.touchesPrevious(index + 4) ? index + 5 : index + 4;
        if (!tokens.has(thirdAt) || tokens.gluedBefore(index)
                || tokens.gluedAfter(thirdAt) && !(timeMayFollow && isTimeAt(tokens, thirdAt + 1))) {
            return Optional.empty();
        }
        String separator = tokens.get(index + 1).text();
        boolean joined = SEPARATORS.contains(separator) && tokens.isSymbol(index + 3, separator)
                && isNumber(tokens, index) && isNumber(tokens, index + 2) && isNumber(tokens, thirdAt)
                && tokens.touchesPrevious(index + 1) && tokens.touchesPrevious(index + 2)
                && tokens.touchesPrevious(index + 3) && tokens.touchesPrevious(thirdAt);
        return joined
                ? Optional.of(new NumericParts(tokens.get(index), tokens.get(index + 2), tokens.get(thirdAt), thirdAt + 1, thirdAt > index + 4))
                : Optional.empty();
    }

    /** The "T" that separates an ISO date from its time, with the hour right after it. */
    private static boolean isTimeAt(Tokens tokens, int index) {
        return tokens.isWord(index) && tokens.get(index).text().equals("t") && tokens.touchesPrevious(index + 1)
                && tokens.get(index + 1).is(Token.Kind.NUMBER);
    }

    private static boolean isNumber(Tokens tokens, int index) {
        return tokens.get(index).is(Token.Kind.NUMBER);
    }
}
