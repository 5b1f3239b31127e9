package org.faqbot.nlu;

import java.util.Optional;

/**
 * ISO 8601 calendar dates, year first, in any language: "2020-12-01", also "2020-12-1" and with "/"
 * or "." as separator ("2020/12/01"), and with a time after it ("2021-09-30T00:00:00Z", the time is
 * ignored). The year must have four digits.
 */
final class IsoDateMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return NumericParts.readWithTime(scan.tokens(), index)
                .filter(parts -> parts.first().isDigits(4, 4) && parts.second().isDigits(1, 2) && parts.third().isDigits(1, 2))
                .map(parts -> scan.mentions().written(index, parts.end(),
                        parts.first().value(), parts.second().value(), parts.third().value(), false));
    }
}
