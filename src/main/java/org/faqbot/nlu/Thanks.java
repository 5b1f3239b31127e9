package org.faqbot.nlu;

import java.util.List;
import java.util.Set;

/**
 * Thanks in any wording, for {@link SmallTalk}: beyond the fixed phrases, a message of only the words a thank-you is
 * made of, with a thanking word among them ("thank you so much", "top, dank!", "heel erg bedankt"), however they are
 * combined and however long.
 */
final class Thanks {

    private static final Set<String> THANKING = Set.copyOf(List.of(
            "thanks", "thank", "thx", "tnx", "ty", "dank", "bedankt", "dankjewel", "dankuwel", "merci", "cheers"));
    private static final Set<String> FILLER = Set.copyOf(List.of(
            "you", "u", "so", "very", "much", "a", "lot", "many", "again", "really", "for", "the", "your", "help", "all",
            "ok", "oke", "okay", "great", "perfect", "super", "top", "je", "jij", "wel", "heel", "erg", "hartelijk", "zeer",
            "veel", "nogmaals", "voor", "de", "hulp", "echt", "mate"));

    private Thanks() {
    }

    /** Whether {@code phrase} (normalised words) is thanks made of such words. */
    static boolean only(String phrase) {
        List<String> words = List.of(phrase.split(" "));
        // The other words first: a question fails at its first one.
        return words.stream().allMatch(w -> THANKING.contains(w) || FILLER.contains(w))
                && words.stream().anyMatch(THANKING::contains);
    }
}
