package org.faqbot.dialog;

import java.util.regex.Pattern;

/**
 * The words for the people of a partner's own organisation whose things a message may date beside the user's own ("my
 * coworker did hers on 6 May", "mijn stagiaire de hare op 9 juli"): one list for every reader that tells whose a date
 * is, so that a person one of them knows is no stranger to another.
 */
final class Colleagues {

    /** As a regular expression's alternatives, singular; a plural "s" is the reader's to allow. */
    static final String WORDS = "colleague|coworker|co-worker|manager|boss|teammate|intern|employee|supervisor|collega|baas"
            + "|leidinggevende|teamgenoot|stagiaire|stagiair|medewerker|werknemer";

    private static final Pattern WORD = Pattern.compile("(?:" + WORDS + ")s?");

    private Colleagues() {
    }

    /** Whether {@code word} (lower case) is one of them, or its plural. */
    static boolean is(String word) {
        return WORD.matcher(word).matches();
    }
}
