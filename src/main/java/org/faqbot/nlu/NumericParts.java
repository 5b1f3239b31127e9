package org.faqbot.nlu;

import java.util.Optional;
import java.util.Set;

/**
 * Three numbers joined by one separator, with no spaces: "1-12-2020", "01/12/20", "2020.12.01". The
 * group must stand alone, so "1.2.3.4", "v1.2.20", "06-12-34-56" and "10:30" are not read.
 *
 * @param end the index after the last number (exclusive)
 */
record NumericParts(Token first, Token second, Token third, int end) {

    /** The date separators; the same one must be used twice. */
    private static final Set<String> SEPARATORS = Set.of("-", "/", ".");

    static Optional<NumericParts> read(Tokens tokens, int index) {
        if (!tokens.has(index + 4) || tokens.gluedBefore(index) || tokens.gluedAfter(index + 4)) {
            return Optional.empty();
        }
        String separator = tokens.get(index + 1).text();
        boolean joined = SEPARATORS.contains(separator) && tokens.isSymbol(index + 3, separator)
                && isNumber(tokens, index) && isNumber(tokens, index + 2) && isNumber(tokens, index + 4)
                && tokens.touchesPrevious(index + 1) && tokens.touchesPrevious(index + 2)
                && tokens.touchesPrevious(index + 3) && tokens.touchesPrevious(index + 4);
        return joined
                ? Optional.of(new NumericParts(tokens.get(index), tokens.get(index + 2), tokens.get(index + 4), index + 5))
                : Optional.empty();
    }

    private static boolean isNumber(Tokens tokens, int index) {
        return tokens.get(index).is(Token.Kind.NUMBER);
    }
}
