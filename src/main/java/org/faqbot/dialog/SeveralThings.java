package org.faqbot.dialog;

import java.util.List;
import org.faqbot.nlu.Normalized;

/**
 * Words that make a message's dates of the same fact the dates of different things ("one key on 1 March and
 * another on 1 June", "twee sleutels, eentje op ... en eentje op ...", "until when can I use them?") rather than one
 * date and its correction ("on 3 March, no wait, on 5 March"). Read on folded words; a correction word wins.
 */
final class SeveralThings {

    private static final List<String> CUES = List.of(
            "another", "the other", "other one", "second", "both", "each", "two", "three", "one key", "one on", "them",
            "eentje", "andere", "tweede", "beide", "allebei", "elk", "elke", "twee", "drie", "een op");

    private SeveralThings() {
    }

    /** True when {@code text} speaks of more than one thing and corrects nothing. */
    static boolean named(String text) {
        String words = " " + Normalized.words(text) + " ";
        boolean several = CUES.stream().anyMatch(cue -> words.contains(" " + cue + " ")) || words.matches(".* [2-9] \\p{L}+s .*");
        return several && !CorrectionWords.anyCue(words);
    }
}
