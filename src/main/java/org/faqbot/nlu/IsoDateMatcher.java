package org.faqbot.nlu;

import java.time.Month;
import java.time.Year;
import java.util.Optional;

/**
 * ISO 8601 calendar dates, year first, in any language: "2020-12-01", also "2020-12-1" and with "/"
 * or "." as separator ("2020/12/01"), and with a time after it ("2021-09-30T00:00:00Z", the time is
 * ignored), or compact ("20201201"). The year must have four digits.
 */
final class IsoDateMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return NumericParts.readWithTime(scan.tokens(), index)
                .filter(parts -> !parts.marked() && parts.first().isDigits(4, 4) && parts.second().isDigits(1, 2) && parts.third().isDigits(1, 2))
                .map(parts -> scan.mentions().written(index, parts.end(),
                        parts.first().value(), parts.second().value(), parts.third().value(), false))
                .or(() -> compact(scan, index));
    }

    /**
     * The basic format, eight digits in a row: "20201201". Only from a year starting with 19 or 20 and
     * with a real month and day, since most eight-digit numbers are order or phone numbers, not dates;
     * a 19xx year then falls outside the plausible years like any other.
     */
    private static Optional<DateMention> compact(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        if (!tokens.has(index) || !tokens.get(index).is(Token.Kind.NUMBER) || !tokens.get(index).isDigits(8, 8)
                || !tokens.standsAlone(index)) {
            return Optional.empty();
        }
        String digits = tokens.get(index).text();
        int year = Integer.parseInt(digits.substring(0, 4));
        int month = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        boolean realDay = month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
        return (digits.startsWith("19") || digits.startsWith("20")) && realDay
                ? Optional.of(scan.mentions().written(index, index + 1, year, month, day, false))
                : Optional.empty();
    }
}
