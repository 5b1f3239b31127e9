package org.faqbot.nlu;

import java.util.Set;

/**
 * Cheap looks at a phrase of normalised words joined by single spaces, as {@link SmallTalk} builds them: whether a
 * pattern anchored at its first or last word, or one for a stretched word, could match at all. Small talk tries every
 * head of a short message as a phrase of its own, and the patterns' scans of each were a fiftieth of a reply.
 */
final class PhraseWords {

    private PhraseWords() {
    }

    /** Whether the phrase has two or more words and its first word is one of {@code words}. */
    static boolean firstIsOneOf(String phrase, Set<String> words) {
        int space = phrase.indexOf(' ');
        return space > 0 && words.contains(phrase.substring(0, space));
    }

    /** Whether the phrase has two or more words and its last word is one of {@code words}. */
    static boolean lastIsOneOf(String phrase, Set<String> words) {
        int space = phrase.lastIndexOf(' ');
        return space >= 0 && words.contains(phrase.substring(space + 1));
    }

    /**
     * Whether some word may end in a repeated letter ("heyy"): a character the same as the one before it, at the
     * phrase's end or before a space. Any surrogate pair (a letter outside the basic plane) answers yes, for the
     * pattern to decide.
     */
    static boolean mayBeStretched(String phrase) {
        for (int i = 1; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (c == phrase.charAt(i - 1) && (i + 1 == phrase.length() || phrase.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
