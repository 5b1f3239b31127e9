package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.SmallTalk;

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

    /**
     * "Doesn't matter", "maakt niet uit": no cancel alone (it may answer a question of which one), but with a closing
     * after it the user is done.
     */
    private static final Set<String> DISMISSALS = Set.of("doesnt matter", "doesn't matter", "does not matter", "not important",
            "maakt niet uit", "geeft niet", "niet belangrijk", "boeit niet", "it doesnt matter", "it doesn't matter",
            "het maakt niet uit", "maakt me niet uit", "dat maakt niet uit");

    /**
     * "Doesn't matter", "ok, maakt niet uit" alone: while the bot asks for a date, the user does not care for their own
     * day, so the rule in general answers and the question is dropped.
     */
    static boolean dismisses(String text) {
        String words = Normalized.words(text);
        return DISMISSALS.contains(words) || DISMISSALS.contains(FILLER.matcher(words).replaceFirst(""));
    }

    /** The most words of a cancel phrase or a dismissal. */
    private static final int LONGEST_PHRASE = java.util.stream.Stream.concat(PHRASES.stream(), DISMISSALS.stream())
            .mapToInt(phrase -> phrase.split(" ").length).max().orElse(0);

    /** How many of the first words are fillers ({@link #FILLER}'s words). */
    private static int leadingFillers(String[] words) {
        int n = 0;
        while (n < words.length && FILLER.matcher(words[n] + " ").matches()) {
            n++;
        }
        return n;
    }

    static boolean matches(String text) {
        String words = Normalized.words(text);
        return PHRASES.contains(words) || PHRASES.contains(FILLER.matcher(words).replaceFirst(""));
    }

    /**
     * "Never mind, bye", "laat maar, doei", "doesn't matter, thanks bye": a cancel or a dismissal and then a closing (the closing's kind, thanks with it or not), which
     * neither the cancel phrases nor small talk read as a whole; the user drops the question and leaves.
     */
    static Optional<SmallTalk.Kind> withClosing(String text) {
        String[] words = Normalized.words(text).split(" ");
        // It runs on every message: a head longer than its leading fillers and the longest phrase matches nothing, so a
        // long message is not joined and matched at each of its words.
        int fillers = leadingFillers(words);
        int last = Math.min(words.length - 1, fillers + LONGEST_PHRASE);
        for (int split = 1; split <= last; split++) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, split));
            // FILLER takes the leading fillers that a space follows: all of them but the head's own last word.
            String bare = String.join(" ", Arrays.copyOfRange(words, Math.min(fillers, split - 1), split));
            if (PHRASES.contains(head) || PHRASES.contains(bare) || DISMISSALS.contains(bare)) {
                Optional<SmallTalk.Kind> tail = SmallTalk.classify(String.join(" ", Arrays.copyOfRange(words, split, words.length)));
                return tail.filter(kind -> kind == SmallTalk.Kind.GOODBYE || kind == SmallTalk.Kind.THANKS_GOODBYE);
            }
        }
        return Optional.empty();
    }
}
