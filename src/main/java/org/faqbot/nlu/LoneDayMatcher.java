package org.faqbot.nlu;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A day of the month without a month, after "on the" / "op de": "I redeemed it on the 3rd", "op de 3e ingewisseld"; without
 * "on" / "op" when it ends its clause ("the 3rd" as the answer to the bot's question, "verloopt de 20e, kan ik ...?").
 * Said of a thing that happened it is the last such day on or before today (said on 6 December, the 3rd is 3 December,
 * the 10th 10 November); of a deadline the next one. The reply names the full date it took, so a wrong month shows.
 * The day must be written as an ordinal in digits, and no counted noun, unit or word of vocabulary
 * {@code day.alone.blockers} may follow ("on the 3rd attempt", "op de 2e plaats"). A month that lacks the day is
 * passed over (the 31st said on 6 December is 31 October).
 */
final class LoneDayMatcher implements DateMatcher {

    /** Dutch particles of a split verb, which end the clause after the day: "loopt de 20e af", "wissel hem de 3e in". */
    private static final Set<String> PARTICLES = Set.of("af", "in");
    /** Marks that end the clause of a day said without "on" / "op". */
    private static final List<String> CLAUSE_ENDS = List.of(",", ".", ";", "!", "?");
    /**
     * Words before "the 3rd" said without "on" that make it a place in an order or a bound the matchers of bounds read:
     * "I came in the 3rd", "is de 2e", "after the 3rd".
     */
    private static final Set<String> ORDER_WORDS = Set.of("after", "before", "is", "was", "are", "were", "na", "voor", "wordt",
            "werd", "became", "came", "finished", "kwam", "eindigde", "ben", "am");
    /** Months to look back or ahead for a day that some months lack: the 31st is at most two months away. */
    private static final int MAX_MONTHS_AWAY = 2;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        Optional<Piece<Boolean>> on = words.on.match(tokens, index);
        int start = on.isPresent() ? index + 1 : index;
        return words.the.match(tokens, on.map(Piece::end).orElse(index))
                .filter(the -> tokens.has(the.end()) && tokens.get(the.end()).is(Token.Kind.ORDINAL) && tokens.get(the.end()).isDigits(1, 2))
                .map(the -> new Piece<>(tokens.get(the.end()).value(), the.end() + 1))
                .filter(day -> day.value() >= 1 && day.value() <= 31 && !blockedAfter(scan, day.end()))
                .filter(day -> on.isPresent() || endsClause(tokens, day.end()) && !after(words, tokens, index))
                .flatMap(day -> nearest(scan, day.value()).map(date -> scan.mentions().counted(start, day.end(), () -> date)));
    }

    /**
     * Whether the day's clause ends after it: without "on" / "op" the day must end its clause ("the 3rd" answering the
     * bot's question, "mijn lidmaatschap verloopt de 20e, kan ik ...?"), as "the 3rd attempt" or "de 2e sleutel" never do.
     */
    private static boolean endsClause(Tokens tokens, int index) {
        return !tokens.has(index) || CLAUSE_ENDS.stream().anyMatch(end -> tokens.isSymbol(index, end))
                || PARTICLES.contains(tokens.get(index).text()) && endsClause(tokens, index + 1);
    }

    /** Whether a word before {@code index} makes "the 3rd" a place in an order rather than a day: "after the 3rd", "van de 2e". */
    private static boolean after(Vocabulary words, Tokens tokens, int index) {
        return index > 0 && (words.of.matches(tokens, index - 1) || tokens.has(index - 1) && ORDER_WORDS.contains(tokens.get(index - 1).text()));
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
