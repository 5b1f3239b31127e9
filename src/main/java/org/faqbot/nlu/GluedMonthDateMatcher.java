package org.faqbot.nlu;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Dates with the month name between day and year, joined by one separator without spaces, as systems
 * and forms print them: "1-dec-2020", "01-Dec-20", "1/dec/2020", "1.dec.2020", "1-dec-'25". A two-digit year is
 * this century's. The month may be misspelt as in {@link Grammar#month}. Without a year, day and month joined by a
 * hyphen or slash ("1-dec", "3-mrt", "15/jan") are a date whose year the {@link YearlessPolicy} chooses, as "1 dec" is.
 */
final class GluedMonthDateMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return withYear(scan, index).or(() -> withoutYear(scan, index));
    }

    private static Optional<DateMention> withYear(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        // A two-digit year may be marked by an apostrophe: "1-dec-'25".
        int yearAt = Grammar.isYearMark(tokens, index + 4) ? index + 5 : index + 4;
        if (!tokens.has(yearAt) || !tokens.get(index).isDigits(1, 2) || !tokens.get(index).is(Token.Kind.NUMBER)
                || !joined(tokens, index, yearAt) || tokens.gluedBefore(index) || tokens.gluedAfter(yearAt)) {
            return Optional.empty();
        }
        Token year = tokens.get(yearAt);
        boolean yearDigits = year.is(Token.Kind.NUMBER) && (year.isDigits(2, 2) || year.isDigits(4, 4));
        return Grammar.month(scan, index + 2)
                .filter(month -> yearDigits)
                .map(month -> scan.mentions().written(index, yearAt + 1, fullYear(year), month.value(),
                        tokens.get(index).value(), false));
    }

    /** "1-dec", "3-mrt", "15/jan": the month's word ends the date (a third part, "1-dec-x", is no date of this form). */
    private static Optional<DateMention> withoutYear(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        int monthAt = index + 2;
        boolean joined = tokens.has(monthAt) && tokens.get(index).isDigits(1, 2) && tokens.get(index).is(Token.Kind.NUMBER) && !tokens.gluedBefore(index)
                && (tokens.isSymbol(index + 1, "-") || tokens.isSymbol(index + 1, "/"))
                && tokens.touchesPrevious(index + 1) && tokens.touchesPrevious(monthAt) && !tokens.gluedAfter(monthAt)
                && !(tokens.touchesPrevious(monthAt + 1) && tokens.isSymbol(monthAt + 1, tokens.get(index + 1).text()));
        if (!joined) {
            return Optional.empty();
        }
        return Grammar.month(scan, monthAt)
                .filter(month -> month.end() == monthAt + 1)
                .map(month -> scan.dayMonth(index, month.end(), tokens.get(index).value(), month.value(), OptionalInt.empty()));
    }

    /** Whether tokens {@code index} to {@code yearAt} touch, with the same separator twice. */
    private static boolean joined(Tokens tokens, int index, int yearAt) {
        String separator = tokens.get(index + 1).text();
        boolean sameSeparator = (separator.equals("-") || separator.equals("/") || separator.equals("."))
                && tokens.isSymbol(index + 1, separator) && tokens.isSymbol(index + 3, separator);
        for (int at = index + 1; at <= yearAt; at++) {
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
