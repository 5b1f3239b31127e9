package org.faqbot.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * "the weekend", "het weekend" without "last", "this" or "next" ({@link SpanMatcher}): its sentence's tense says which.
 * With a past form ("I redeemed it at the weekend", "ik heb hem in het weekend ingewisseld") it is the last weekend
 * that has begun; with a future or "still" ("it will expire over the weekend", "werkt hij nog in het weekend?") the
 * one not yet over. In the plain present it is a habit ("is support open at the weekend?", "werkt de support in het
 * weekend?") and no day. The words are the vocabulary's {@code span.weekend.*} keys; English past forms also by their
 * "-ed" ending.
 */
final class BareWeekend {

    private BareWeekend() {
    }

    /** The weekend's Saturday and the token after "weekend", when the words at {@code index} are a bare weekend in a dated sentence. */
    static Optional<Piece<LocalDate>> read(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        return words.weekendBefore.match(tokens, index).flatMap(before -> words.weekends.match(tokens, before.end()))
                .flatMap(weekend -> direction(scan, index, weekend.end()).map(past -> new Piece<>(saturday(scan.today(), past), weekend.end())));
    }

    /** The Saturday of the last weekend begun by today (past) or of the first not over (else). */
    private static LocalDate saturday(LocalDate today, boolean past) {
        return past ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                : today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1) : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** True for a past sentence, false for a future one, empty for the present. */
    private static Optional<Boolean> direction(Scan scan, int from, int to) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        boolean future = false;
        for (int at = sentenceStart(tokens, from); at < tokens.size() && !endsSentence(tokens, at); at++) {
            if (at >= from && at < to) {
                continue;
            }
            if (words.weekendPast.matches(tokens, at) || isEnglishPast(words, tokens, at)) {
                return Optional.of(true);
            }
            future |= words.weekendFuture.matches(tokens, at);
        }
        return future ? Optional.of(false) : Optional.empty();
    }

    private static boolean isEnglishPast(Vocabulary words, Tokens tokens, int at) {
        String suffix = words.weekendPastSuffix;
        return !suffix.isEmpty() && tokens.isWord(at) && tokens.get(at).text().length() > suffix.length() + 2
                && tokens.get(at).text().endsWith(suffix) && !words.weekendNotPast.matches(tokens, at);
    }

    private static int sentenceStart(Tokens tokens, int index) {
        int at = index;
        while (at > 0 && !endsSentence(tokens, at - 1)) {
            at--;
        }
        return at;
    }

    private static boolean endsSentence(Tokens tokens, int index) {
        return tokens.isSymbol(index, ".") || tokens.isSymbol(index, "?") || tokens.isSymbol(index, "!");
    }
}
