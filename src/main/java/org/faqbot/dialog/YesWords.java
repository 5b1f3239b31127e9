package org.faqbot.dialog;

import java.util.List;
import java.util.Set;
import org.faqbot.nlu.Normalized;

/**
 * Messages that accept the one date the bot suggested ("Did you mean 1 December 2020?" - "yes"), so a
 * user who types instead of pressing the button is understood too.
 */
final class YesWords {

    private static final Set<String> PHRASES = Set.copyOf(List.of(
            "yes", "yes please", "yeah", "yep", "yup", "correct", "right", "exactly", "indeed", "that's right",
            "thats right", "that's it", "yes that's right", "yes i did", "yes i meant that", "ok", "okay",
            "ja", "jazeker", "jawel", "ja graag", "klopt", "dat klopt", "ja dat klopt", "precies", "inderdaad",
            "juist", "ja klopt", "yes correct", "yes exactly", "ja precies", "ja die", "die bedoel ik", "ja dat bedoel ik", "oke"));

    private YesWords() {
    }

    static boolean matches(String text) {
        return PHRASES.contains(Normalized.words(text));
    }
}
