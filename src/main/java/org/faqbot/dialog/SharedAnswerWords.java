package org.faqbot.dialog;

import java.util.Set;
import org.faqbot.nlu.Normalized;

/**
 * One-word answers that users of both languages type, whatever language they write in: "ja" in an English conversation
 * (a Dutch habit when pressing on with an English bot), "yes" or "ok" in a Dutch one. Such a word tells nothing about
 * the conversation's language, so it keeps the one the conversation had rather than switching it for the rest; so does
 * a thanks in a third language.
 */
final class SharedAnswerWords {

    private static final Set<String> WORDS = Set.of(
            "ja", "jaa", "jep", "jup", "nee", "neen", "yes", "yep", "yup", "yeah", "no", "nope", "nah", "ok", "oke", "okay", "oki",
            // Thanks in a third language says nothing of Dutch or English either ("vielen Dank" is no Dutch for its "dank").
            "danke", "danke schon", "dankeschon", "vielen dank", "merci", "merci beaucoup", "gracias", "grazie", "tack");

    private SharedAnswerWords() {
    }

    /** Whether {@code text} is one such word alone ("ja", "Nee!", "yes."). */
    static boolean matches(String text) {
        return WORDS.contains(Normalized.words(text));
    }
}
