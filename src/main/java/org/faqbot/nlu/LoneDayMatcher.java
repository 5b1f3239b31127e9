package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A day of the month without a month, after "on the" / "op de": "I redeemed it on the 3rd", "op de 3e ingewisseld".
 * Said of a thing that happened it is the last such day on or before today (said on 6 December, the 3rd is 3 December,
 * the 10th 10 November); of a deadline the next one. The reply names the full date it took, so a wrong month shows.
 * The day must be written as an ordinal in digits, and no counted noun, unit or word of vocabulary
 * {@code day.alone.blockers} may follow ("on the 3rd attempt", "op de 2e plaats"). A month that lacks the day is
 * passed over (the 31st said on 6 December is 31 October).
 */
final class LoneDayMatcher implements DateMatcher {

    /** Months to look back or ahead for a day that some months lack: the 31st is at most two months away. */
    private static final int MAX_MONTHS_AWAY = 2;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.on.match(tokens, index).flatMap(on -> words.the.match(tokens, on.end()))
                .filter(the -> tokens.has(the.end()) && tokens.get(the.end()).is(Token.Kind.ORDINAL) && tokens.get(the.end()).isDigits(1, 2))
                .map(the -> new Piece<>(tokens.get(the.end()).value(), the.end() + 1))
                .filter(day -> day.value() >= 1 && day.value() <= 31 && !blockedAfter(scan, day.end()))
                .flatMap(day -> nearest(scan, day.value()).map(date -> scan.mentions().counted(index + 1, day.end(), () -> date)));
    }

    private static boolean blockedAfter(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        return Grammar.countsWhatFollows(scan, index) || words.loneDayBlockers.matches(scan.tokens(), index)
                || words.of.matches(scan.tokens(), index) || Grammar.month(scan, index).isPresent();
    }

    /** The day in today's month or the nearest month the policy's way that has it, today included. */
    private static Optional<LocalDate> nearest(Scan scan, int day) {
        boolean past = scan.policy() == YearlessPolicy.MOST_RECENT_PAST;
        YearMonth month = YearMonth.from(scan.today());
        for (int away = 0; away <= MAX_MONTHS_AWAY; away++) {
            YearMonth candidate = past ? month.minusMonths(away) : month.plusMonths(away);
            if (candidate.isValidDay(day) && scan.policy().accepts(candidate.atDay(day), scan.today())) {
                return Optional.of(candidate.atDay(day));
            }
        }
        return Optional.empty();
    }
}
