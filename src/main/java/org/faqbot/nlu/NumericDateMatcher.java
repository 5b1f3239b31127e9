package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.nlu.InvalidDate.Problem;

/**
 * Numeric dates with the year last: "1-12-2020", "01/12/2020", "1.12.2020", two-digit years as 20xx
 * ("1-12-20"). Both languages take whichever order gives a month: one part above 12 decides (12/15/2020
 * and 15/12/2020 are both 15 December, in a Dutch message too, where a date copied from an American
 * portal is no typo), and equal parts need no decision (05/05/2021). Two different parts of at most 12
 * are read day first in Dutch (3-4-2021 is 3 April) and give an {@link AmbiguousDate} in English.
 * A date without a year ("31-01") is {@link NumericDayMonthMatcher}'s, and only in a date's place: "3/4" alone
 * is as likely a fraction ("3/4 of the licences").
 */
final class NumericDateMatcher implements DateMatcher {

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        return NumericParts.read(scan.tokens(), index)
                .filter(parts -> parts.first().isDigits(1, 2) && parts.second().isDigits(1, 2))
                .filter(parts -> parts.third().isDigits(2, 2) || parts.third().isDigits(4, 4))
                .map(parts -> mention(scan, index, parts));
    }

    private static DateMention mention(Scan scan, int from, NumericParts parts) {
        int first = parts.first().value();
        int second = parts.second().value();
        int year = parts.third().isDigits(2, 2) ? Grammar.TWO_DIGIT_YEAR_BASE + parts.third().value() : parts.third().value();
        Mentions mentions = scan.mentions();
        if (first == second || !isMonth(first) && !isMonth(second)) {
            return mentions.written(from, parts.end(), year, second, first, false);
        }
        if (!isMonth(second)) {
            return mentions.written(from, parts.end(), year, first, second, false);
        }
        if (!isMonth(first) || scan.vocabulary().numericDayFirst) {
            return mentions.written(from, parts.end(), year, second, first, false);
        }
        if (!mentions.isPlausible(year)) {
            return mentions.invalid(from, parts.end(), Problem.YEAR_OUT_OF_RANGE);
        }
        return mentions.ambiguous(from, parts.end(), List.of(LocalDate.of(year, second, first), LocalDate.of(year, first, second)));
    }

    private static boolean isMonth(int value) {
        return value >= 1 && value <= 12;
    }
}
