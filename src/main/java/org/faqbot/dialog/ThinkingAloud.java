package org.faqbot.dialog;

import java.util.Set;
import org.faqbot.nlu.Normalized;

/**
 * Thinking aloud or not knowing ("hmm", "idk", "geen idee") and dots or question marks alone ("...", "??"): nothing the
 * bot can read a question from. Under a question back they answer it ("geen idee" when asked for a date is told where
 * to find the date), so they are small talk only when nothing was asked.
 */
final class ThinkingAloud {

    private static final Set<String> PHRASES = Set.of(
            "hm", "hmm", "hmmm", "hmmmm", "uhm", "ehm", "eh", "uh", "tja", "mwah", "idk", "dunno", "i dont know", "no idea",
            "not sure", "geen idee", "geen flauw idee", "weet ik niet", "ik weet het niet", "ik weet niet", "geen flauw benul");

    private ThinkingAloud() {
    }

    static boolean matches(String text) {
        if (!text.isBlank() && text.codePoints().allMatch(c -> Character.isWhitespace(c) || isPunctuation(c))) {
            return true;
        }
        return PHRASES.contains(Normalized.words(text).replace("'", ""));
    }

    private static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
