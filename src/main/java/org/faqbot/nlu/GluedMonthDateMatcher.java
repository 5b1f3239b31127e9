package org.faqbot.nlu;

import java.util.Optional;

/**
 * Dates with the month name between day and year, joined by one separator without spaces, as systems
 * and forms print them: "1-dec-2020", "01-Dec-20", "1/dec/2020", "1.dec.2020". A two-digit year is
 * this century's. The month may be misspelt as in {@link Grammar#month}.
 */
final class GluedMonthDateMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        if (!tokens.has(index + 4) || !tokens.get(index).isDigits(1, 2) || !tokens.get(index).is(Token.Kind.NUMBER)
                || !joined(tokens, index) || tokens.gluedBefore(index) || tokens.gluedAfter(index + 4)) {
            return Optional.empty();
        }
        Token year = tokens.get(index + 4);
        boolean yearDigits = year.is(Token.Kind.NUMBER) && (year.isDigits(2, 2) || year.isDigits(4, 4));
        return Grammar.month(scan, index + 2)
                .filter(month -> yearDigits)
                .map(month -> scan.mentions().written(index, index + 5, fullYear(year), month.value(),
                        tokens.get(index).value(), false));
    }

    /** Whether tokens {@code index} to {@code index + 4} touch, with the same separator twice. */
    private static boolean joined(Tokens tokens, int index) {
        String separator = tokens.get(index + 1).text();
        boolean sameSeparator = (separator.equals("-") || separator.equals("/") || separator.equals("."))
                && tokens.isSymbol(index + 1, separator) && tokens.isSymbol(index + 3, separator);
        for (int at = index + 1; at <= index + 4; at++) {
            if (!tokens.touchesPrevious(at)) {
                return false;
            }
        }
        return sameSeparator;
    }

    private static int fullYear(Token year) {
        return year.isDigits(2, 2) ? Grammar.TWO_DIGIT_YEAR_BASE + year.value() : year.value();
    }
}
