package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.Lang;

/**
 * Finds lower-case cues in {@link Normalized} text. A cue must start at a word start; in Dutch it may
 * also sit inside a word, because Dutch writes compounds as one word ("licentiesleutel" holds
 * "sleutel", "gebruikerstoewijzing" holds "toewijzing"), while in English "key" must not match
 * "monkey".
 */
public final class CueMatcher {

    private static final int MIN_INNER_CUE = 5;

    private CueMatcher() {
    }

    public static boolean contains(String normalized, String cue, Lang lang) {
        // Asked for every cue of every intent per message: stops at the first find and builds no list.
        for (int at = normalized.indexOf(cue); at >= 0; at = normalized.indexOf(cue, at + 1)) {
            if (acceptable(normalized, cue, at, lang)) {
                return true;
            }
        }
        return false;
    }

    /** The offsets at which {@code cue} occurs, in text order. */
    public static List<Integer> positions(String normalized, String cue, Lang lang) {
        List<Integer> found = new ArrayList<>();
        for (int at = normalized.indexOf(cue); at >= 0; at = normalized.indexOf(cue, at + 1)) {
            if (acceptable(normalized, cue, at, lang)) {
                found.add(at);
            }
        }
        return found;
    }

    private static boolean acceptable(String text, String cue, int at, Lang lang) {
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        return wordStart || (lang == Lang.NL && cue.length() >= MIN_INNER_CUE && Character.isLetter(cue.charAt(0)));
    }
}
