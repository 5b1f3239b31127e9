package org.faqbot.dialog;

import java.util.List;
import java.util.Set;
import org.faqbot.nlu.Normalized;

/** Messages that say no to a yes/no question of the bot ("Shall I delete everything?" - "nee"). */
final class NoWords {

    private static final Set<String> PHRASES = Set.copyOf(List.of(
            "no", "nope", "nah", "no no", "no way", "don't", "dont", "no don't", "please don't", "no thank you", "not now",
            "keep it", "no keep it", "better not", "certainly not",
            "nee", "nee nee", "nee hoor", "neen", "niet doen", "nee niet doen", "liever niet", "zeker niet", "nu niet",
            "bewaar maar", "houd maar", "hou maar", "nee dank je", "nee dank u", "nee bedankt"));

    private NoWords() {
    }

    static boolean matches(String text) {
        return PHRASES.contains(Normalized.words(text));
    }
}
