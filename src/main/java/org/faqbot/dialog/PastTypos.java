package org.faqbot.dialog;

import java.util.List;
import java.util.Set;
import org.faqbot.nlu.CueMatcher;

/**
 * A past form of a rule's verb typed with a letter wrong in its ending: "i redeemd it on 3 march" (redeemed), "we
 * assignd it", "ik wisseld hem in" (wisselde). Chat writers drop or swap the letters of an ending as they do those of a
 * stem; read as a present form, such a word would make the user's event a plan a year ahead ({@link ClauseTense}). The
 * stem is the cue's own, so only the rules' verbs are read this way and "send" or "need" are never past.
 */
final class PastTypos {

    /** The endings of a regular past form: English "-ed", Dutch "-de", "-te", "-den", "-ten". */
    private static final List<String> PAST_ENDINGS = List.of("ed", "de", "te", "den", "ten");
    /** Endings of present forms and of other words of the verb ("-ing", "-er"), which a one-letter slip must not make past. */
    private static final Set<String> NOT_PAST = Set.of("", "e", "s", "es", "t", "en", "n", "ing", "er");

    private PastTypos() {
    }

    /**
     * Whether {@code word} is {@code cue}'s verb (the cue's first word, "redeem", "wissel", "activ") with more letters
     * whose last one or two are one letter off a past ending ("redeemd", "wisseld", "activeerd"), and that ends in neither
     * a present ending ("activate", "redeems", "wisselt") nor a correct past one, which is read elsewhere.
     */
    static boolean misspelt(String word, String cue) {
        String stem = cue.split(CueMatcher.GAP, 2)[0].split(" ", 2)[0];
        if (stem.isEmpty() || !word.startsWith(stem) || word.length() == stem.length()) {
            return false;
        }
        if (NOT_PAST.stream().anyMatch(e -> !e.isEmpty() && word.endsWith(e)) || PAST_ENDINGS.stream().anyMatch(word::endsWith)) {
            return false;
        }
        String tail = word.substring(stem.length());
        for (int length = 1; length <= Math.min(2, tail.length()); length++) {
            String ending = tail.substring(tail.length() - length);
            if (PAST_ENDINGS.stream().anyMatch(past -> oneEditApart(ending, past))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} becomes {@code b} by one letter left out, added, changed or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = 0;
            while (a.charAt(first) == b.charAt(first)) {
                first++;
            }
            if (a.substring(first + 1).equals(b.substring(first + 1))) {
                return true;
            }
            return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
