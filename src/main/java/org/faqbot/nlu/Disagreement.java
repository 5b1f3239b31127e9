package org.faqbot.nlu;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Saying the last answer was wrong and nothing else ("that's wrong", "klopt niet", "nee, dat is fout"), for {@link
 * SmallTalk}: met with a sorry that says how to give the right date, not with the "I don't know" of a question. A message
 * that says more ("klopt niet, ik had hem in 2025 ingewisseld", "that's wrong, when does it expire?") is a correction or
 * a question, and is no disagreement.
 */
final class Disagreement {

    private static final Set<String> PHRASES = Set.copyOf(List.of(
            "wrong", "thats wrong", "that is wrong", "its wrong", "it is wrong", "that was wrong", "wrong answer",
            "thats not right", "that is not right", "thats incorrect", "that is incorrect", "incorrect", "not correct",
            "thats not correct", "that is not correct", "thats not true", "that is not true", "not true", "not right",
            "you are wrong", "youre wrong", "thats the wrong answer", "that answer is wrong", "this is wrong",
            "klopt niet", "dat klopt niet", "het klopt niet", "klopt niet helemaal", "dat klopt niet helemaal", "dat is fout",
            "fout", "onjuist", "dat is onjuist", "dat is niet juist", "niet juist", "dat is niet waar", "niet waar",
            "fout antwoord", "verkeerd antwoord", "dat is verkeerd", "verkeerd", "je hebt het fout", "je zit fout",
            "je hebt het mis", "dat is niet goed", "daar klopt niks van", "daar klopt niets van", "dit klopt niet",
            "dat antwoord klopt niet", "het antwoord klopt niet", "dat is het verkeerde antwoord"));
    /** A "no" or a sigh in front: "nee, dat klopt niet", "no that's wrong", "hmm, klopt niet". */
    private static final Pattern OPENING = Pattern.compile("^(?:no|nope|nee|neen|hmm|uh|eh|euh|sorry|helaas|unfortunately)(?: hoor)?\\s+");
    /** The words that may close it: "klopt niet hoor", "that's wrong sorry". */
    private static final Pattern CLOSING = Pattern.compile("\\s+(?:hoor|helaas|sorry|though|i think|denk ik|volgens mij)$");

    /**
     * The answer or its date named and judged wrong, in any tense: "that answer was wrong", "your date is incorrect",
     * "dit antwoord was fout", "die datum is verkeerd". The list above has the common short forms; this the rest of the
     * same shape, which otherwise fell through to the FAQ search and its fallback.
     */
    private static final Pattern JUDGED = Pattern.compile("^(?:(?:that|this|the|your|dat|dit|die|deze|het|je|jouw|uw) )?"
            + "(?:answer|reply|date|response|antwoord|datum) (?:is|was|seems|looks|is just|lijkt|klopt)(?: (?:totally|completely|simply"
            + "|helemaal|gewoon|echt|really))? (?:wrong|incorrect|not right|not correct|false|fout|onjuist|verkeerd|niet juist|niet goed"
            + "|niet|niet waar)$");

    private Disagreement() {
    }

    /** Whether {@code bare} (normalised words without filler and address) only says the last answer was wrong. */
    static boolean only(String bare) {
        String core = CLOSING.matcher(OPENING.matcher(bare).replaceFirst("")).replaceFirst("");
        return PHRASES.contains(core) || JUDGED.matcher(core).matches();
    }
}
