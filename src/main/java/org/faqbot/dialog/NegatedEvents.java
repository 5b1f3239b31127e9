package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.Normalized;

/**
 * Hides the cues of events the user says have not happened: in "I received my key on 1 December but
 * haven't redeemed it yet" there is no redeem date, and "redeemed" must neither claim the date nor vote
 * for the rule that counts from a redeem date. Only events are hidden; a negated deadline still names
 * its date ("my benefits don't expire until 1 March").
 */
final class NegatedEvents {

    /** How many words a negation may stand before the verb: "have not yet redeemed", "nog niet ingewisseld". */
    private static final int REACH = 3;
    private static final Set<String> NEGATIONS = Set.of("not", "never", "niet", "nooit");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern CLAUSE_END = Pattern.compile(".*[.!?,;:]");
    /** A negation just before a date denies that date: "on 1 March, not on 5 March", "niet op 5 maart". */
    private static final Pattern DENIES_NEXT = Pattern.compile("(?:^|[^\\p{L}'])(?:not|niet)(?:\\s+(?:on|op|the|in))?\\s*$");

    private NegatedEvents() {
    }

    /**
     * {@code text} with every word that holds one of {@code eventCues} blanked out when a negation stands
     * just before it; the same length, so that offsets of dates in it still hold.
     */
    static String mask(String text, List<String> eventCues, Lang lang) {
        String normalized = Normalized.of(text);
        StringBuilder masked = new StringBuilder(text);
        for (String cue : eventCues) {
            for (int at : CueMatcher.positions(normalized, cue, lang)) {
                if (negatedBefore(normalized, at)) {
                    blankWord(masked, normalized, at);
                }
            }
        }
        return masked.toString();
    }

    /**
     * True when the user denies the date at {@code mentionStart} of {@code text} ("I redeemed it on 1 March,
     * not on 5 March"): it is no date of any fact.
     */
    static boolean deniedDate(String text, int mentionStart) {
        String before = Normalized.of(text).substring(0, mentionStart);
        return DENIES_NEXT.matcher(before).find();
    }

    private static boolean negatedBefore(String normalized, int at) {
        int wordStart = at;
        while (wordStart > 0 && Character.isLetter(normalized.charAt(wordStart - 1))) {
            wordStart--;
        }
        String before = normalized.substring(Math.max(0, wordStart - 60), wordStart);
        // CLAUSE_END needs one of its signs; without one it ran its ".*" from every position for nothing.
        before = hasClauseEnd(before) ? CLAUSE_END.matcher(before).replaceFirst("") : before;
        List<String> words = Arrays.stream(WORD_SPLIT.split(before)).filter(w -> !w.isEmpty()).toList();
        return words.subList(Math.max(0, words.size() - REACH), words.size()).stream().anyMatch(NegatedEvents::negates);
    }

    private static boolean hasClauseEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (".!?,;:".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean negates(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("nt") && Set.of(
                "havent", "hasnt", "hadnt", "didnt", "dont", "doesnt", "wasnt", "werent", "isnt", "arent").contains(word);
    }

    private static void blankWord(StringBuilder masked, String normalized, int at) {
        WordAt word = WordAt.in(normalized, at);
        for (int i = word.from(); i < word.to(); i++) {
            masked.setCharAt(i, ' ');
        }
    }
}
