package org.faqbot.dialog;

import java.util.List;
import java.util.Set;
import org.faqbot.nlu.Normalized;

/** Messages that drop a pending question: "cancel", "laat maar", "never mind". */
final class CancelWords {

    private static final Set<String> PHRASES = Set.copyOf(List.of(
            "cancel", "stop", "never mind", "nevermind", "forget it", "forget about it", "skip", "no thanks",
            "laat maar", "laat maar zitten", "annuleer", "annuleren", "stoppen", "vergeet het", "niet meer nodig",
            "hoeft niet", "nee bedankt", "laat ook maar"));

    private CancelWords() {
    }

    static boolean matches(String text) {
        return PHRASES.contains(Normalized.words(text));
    }
}
