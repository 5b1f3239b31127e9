package org.faqbot.dialog;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/** Messages that drop a pending question: "cancel", "laat maar", "never mind", "nvm", also after a filler ("ok, laat maar"). */
final class CancelWords {

    private static final Set<String> PHRASES = Set.copyOf(List.of(
            "cancel", "stop", "never mind", "nevermind", "nvm", "forget it", "forget about it", "skip", "no thanks",
            "laat maar", "laat maar zitten", "annuleer", "annuleren", "stoppen", "vergeet het", "niet meer nodig",
            "hoeft niet", "nee bedankt", "laat ook maar"));
    /** Words before the phrase that change nothing: "ok, never mind", "ah laat maar", "nee, laat maar zitten". */
    private static final Pattern FILLER = Pattern.compile("^(?:(?:ok|oke|okay|oh|ah|eh|uh|hmm|ach|nou|no|nah|nee|ja|well|so) )+");

    private CancelWords() {
    }

    static boolean matches(String text) {
        String words = Normalized.words(text);
        return PHRASES.contains(words) || PHRASES.contains(FILLER.matcher(words).replaceFirst(""));
    }
}
