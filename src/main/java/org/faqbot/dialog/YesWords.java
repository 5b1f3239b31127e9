package org.faqbot.dialog;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.faqbot.nlu.Normalized;

/**
 * Messages that say yes to what the bot offered: the one date it suggested ("Did you mean 1 December 2020?" - "yes"),
 * or the one button of a reply ("Remind me before this date" - "ja graag, herinner me"), so a user who types instead
 * of pressing the button is understood too.
 */
final class YesWords {

    private static final Set<String> PHRASES = Set.copyOf(List.of(
            "yes", "yes please", "yeah", "yep", "yup", "correct", "right", "exactly", "indeed", "that's right",
            "thats right", "that's it", "yes that's right", "yes i did", "yes i meant that", "ok", "okay",
            "ja", "jazeker", "jawel", "ja graag", "klopt", "dat klopt", "ja dat klopt", "precies", "inderdaad",
            "juist", "ja klopt", "yes correct", "yes exactly", "ja precies", "ja die", "die bedoel ik", "ja dat bedoel ik", "oke",
            "sure", "yes sure", "please do", "yes please do", "go ahead", "do it", "yes do it", "ja hoor", "graag", "doe maar",
            "ja doe maar"));
    /** Words that only say the message was read: alone they accept no offer ("OK, I'll remember ..." - "ok"). */
    private static final Set<String> ACKNOWLEDGING = Set.of("ok", "okay", "oke");
    /** The yes phrases, longest first, so that the words after the longest one that opens a message are its rest. */
    private static final List<String> OPENINGS = PHRASES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** Words that may follow a yes without asking for something else ("yes please, do that", "ja graag, bedankt"). */
    private static final Set<String> AGREEING = Set.of("please", "pls", "thanks", "thank", "you", "do", "it", "that", "this",
            "of", "about", "for", "me", "graag", "aub", "alsjeblieft", "alstublieft", "bedankt", "dank", "je", "doe", "maar",
            "dat", "het", "die", "deze", "eraan", "er", "aan", "mij", "go", "ahead");
    /**
     * Verbs that name the bot's offers in either language, whichever language the button's label is in: "ja graag,
     * herinner me" under "Remind me before this date".
     */
    private static final Set<String> RESTATING = Set.of("remind", "remember", "herinner", "onthoud", "save", "bewaar");

    private YesWords() {
    }

    static boolean matches(String text) {
        return PHRASES.contains(Normalized.words(text));
    }

    /**
     * True when {@code text} accepts the one button offered, labelled {@code label}: a yes ("yes", "ja graag"), maybe
     * followed by words of the label, of agreement or naming the offer ("yes please, remind me", "ja graag, herinner me").
     * A bare "ok" only acknowledges, so it needs the offer named after it ("ok, remind me").
     */
    static boolean acceptsOffer(String text, String label) {
        String words = Normalized.words(text);
        if (PHRASES.contains(words)) {
            return !ACKNOWLEDGING.contains(words);
        }
        String opening = OPENINGS.stream().filter(p -> words.startsWith(p + " ")).findFirst().orElse(null);
        if (opening == null) {
            return false;
        }
        List<String> rest = Arrays.asList(words.substring(opening.length() + 1).split(" "));
        Set<String> labelWords = Set.copyOf(Arrays.asList(Normalized.words(label).split(" ")));
        boolean agrees = rest.stream().allMatch(w -> labelWords.contains(w) || AGREEING.contains(w) || RESTATING.contains(w));
        boolean namesOffer = rest.stream().anyMatch(w -> (labelWords.contains(w) || RESTATING.contains(w)) && !AGREEING.contains(w));
        return agrees && (namesOffer || !ACKNOWLEDGING.contains(opening));
    }
}
