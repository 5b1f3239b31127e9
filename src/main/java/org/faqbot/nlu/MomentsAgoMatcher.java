package org.faqbot.nlu;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Today, said as a moment just passed: "5 minutes ago", "an hour ago", "a few minutes ago", "tien minuten geleden", "een
 * uurtje geleden", "just now", "a moment ago", "zojuist", "zonet", "daarnet", and "just" or "net" right before a past form
 * ("I just redeemed it", "ik heb hem net ingewisseld"). A count of minutes, seconds or hours under a day is today; the
 * bot knows dates, not times, so "3 hours ago" just after midnight is still read as today.
 */
final class MomentsAgoMatcher implements DateMatcher {

    // The sets each word of a text is looked up in (anchors) are hash sets: Set.of's probing was two to three times as slow.
    private static final Set<String> SMALL_UNITS = hashSet("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins",
            "hour", "hours", "hr", "hrs", "seconde", "seconden", "minuut", "minuten", "minuutje", "minuutjes", "uur", "uren", "uurtje",
            "uurtjes");
    private static final Set<String> AGO = Set.of("ago", "geleden");
    /** A Dutch participle ("geactiveerd"), compiled once: String.matches compiles at every call. */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:[a-z]{2,5})?ge\\p{L}{3,}(?:d|t|en)");
    /** Words that are today's moment on their own. */
    private static final Set<String> NOW_PASSED = hashSet("zojuist", "zonet", "daarnet", "net", "just");
    /** "just now", "a moment ago", "moments ago", "earlier today" are phrases of two or three words. */
    private static final Set<String> MOMENT = hashSet("moment", "moments", "momentje", "ogenblik");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", "?", ",", ";", ":");
    /** Dutch first-person verbs that open a statement without its "ik", and the subjects that make them ask. */
    private static final Set<String> DROPPED_SUBJECT = Set.of("heb", "ben");
    private static final Set<String> ASKED_SUBJECTS = Set.of("je", "jij", "ik", "u", "we", "wij", "jullie");
    /** How many hours back are still today, read without a clock. */
    private static final int HOURS_IN_DAY = 24;

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        return countedBack(scan, index).or(() -> justPassed(tokens, index).filter(end -> !asksWhether(tokens, index)))
                .map(end -> scan.mentions().counted(index, end, scan::today));
    }

    /**
     * Whether the moment stands in a clause that asks whether the thing just happened ("is het net ingewisseld?", "was it
     * just activated?"): a clause opening with a verb and ending in a question mark states no date. Dutch "heb" and "ben"
     * ask only with a subject after them; without one they open a statement ("heb hem net ingewisseld?").
     */
    private static boolean asksWhether(Tokens tokens, int index) {
        int start = index;
        while (start > 0 && !clauseEnd(tokens, start - 1)) {
            start--;
        }
        int end = index;
        while (tokens.has(end) && !clauseEnd(tokens, end)) {
            end++;
        }
        if (!tokens.isSymbol(end, "?") || !tokens.isWord(start) || !QuestionWords.AUXILIARIES.contains(tokens.get(start).text())) {
            return false;
        }
        return !DROPPED_SUBJECT.contains(tokens.get(start).text())
                || tokens.isWord(start + 1) && ASKED_SUBJECTS.contains(tokens.get(start + 1).text());
    }

    private static boolean clauseEnd(Tokens tokens, int index) {
        return tokens.has(index) && tokens.get(index).is(Token.Kind.SYMBOL) && CLAUSE_ENDS.contains(tokens.get(index).text());
    }

    /** "5 minutes ago", "an hour ago", "een paar minuten geleden", "a moment ago": the token index after "ago". */
    private static Optional<Integer> countedBack(Scan scan, int index) {
        Tokens tokens = scan.tokens();
        Optional<Piece<Integer>> count = Grammar.count(scan, index);
        int unitAt = count.map(Piece::end).orElse(index);
        boolean few = count.isEmpty() && word(tokens, index, "a") && word(tokens, index + 1, "few")
                || count.isEmpty() && word(tokens, index, "een") && word(tokens, index + 1, "paar");
        unitAt = few ? index + 2 : unitAt;
        if (count.isEmpty() && !few) {
            return Optional.empty();
        }
        if (count.filter(c -> c.value() >= HOURS_IN_DAY).isPresent() || !tokens.has(unitAt) || !tokens.isWord(unitAt)) {
            return Optional.empty();
        }
        String unit = tokens.get(unitAt).text();
        boolean small = SMALL_UNITS.contains(unit) || MOMENT.contains(unit);
        return small && tokens.has(unitAt + 1) && AGO.contains(tokens.get(unitAt + 1).text()) ? Optional.of(unitAt + 2) : Optional.empty();
    }

    /** "just now", "moments ago", "zojuist", "net ingewisseld", "just redeemed": the token index after the moment's words. */
    private static Optional<Integer> justPassed(Tokens tokens, int index) {
        if (!tokens.has(index) || !tokens.isWord(index)) {
            return Optional.empty();
        }
        String word = tokens.get(index).text();
        if (word.equals("just") && word(tokens, index + 1, "now") || MOMENT.contains(word) && tokens.has(index + 1)
                && AGO.contains(tokens.get(index + 1).text())) {
            return Optional.of(index + 2);
        }
        if (!NOW_PASSED.contains(word)) {
            return Optional.empty();
        }
        // "net" and "just" are a moment only before a past form: "net als", "just wondering" are not.
        boolean plain = !word.equals("net") && !word.equals("just");
        return plain || tokens.has(index + 1) && tokens.isWord(index + 1) && pastForm(tokens.get(index + 1).text())
                ? Optional.of(index + 1) : Optional.empty();
    }

    /** An English "-ed" form or a Dutch participle ("ingewisseld", "geactiveerd", "toegewezen"). */
    private static boolean pastForm(String word) {
        return word.length() >= 5 && (word.endsWith("ed") || PARTICIPLE.matcher(word).matches());
    }

    /** Whether the token at {@code index} is a word every form of this matcher needs one of ("minutes", "zojuist", "net"). */
    static boolean anchors(Tokens tokens, int index) {
        String text = tokens.get(index).text();
        return tokens.isWord(index) && (SMALL_UNITS.contains(text) || NOW_PASSED.contains(text) || MOMENT.contains(text));
    }

    private static boolean word(Tokens tokens, int index, String wanted) {
        return tokens.has(index) && tokens.isWord(index) && tokens.get(index).text().equals(wanted);
    }

    private static Set<String> hashSet(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }
}
