package org.faqbot.dialog;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * A sentence that only corrects the date of the one before it: "My key was redeemed on 3 March 2026. Wait no, it was 3
 * April.", "I redeemed the key on 10 May. Oh wait, 10 June.", "ik heb hem op 10 mei ingewisseld. O nee, 10 juni." Within
 * one sentence a correction after a comma keeps the cue of the date it corrects ({@link FactFinder}); a sentence of
 * correction words and the new date does so too, though a sentence's end otherwise puts a cue beyond a date's reach.
 */
final class CorrectingSentence {

    /** Where a sentence ends. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    /** Words a correcting sentence may hold beside its correction cue before the date: "oh wait, it was", "o nee, het was op". */
    private static final Set<String> FILLERS = Set.of("oh", "o", "ah", "uh", "um", "eh", "hmm", "hm", "it", "was", "it's", "its", "that",
            "on", "the", "i", "ik", "het", "dat", "op", "de", "toch", "sorry", "ehm", "nee", "no");

    private CorrectingSentence() {
    }

    /**
     * Whether {@code between}, the text from a fact's cue to a date after it, crosses one sentence end only, and the
     * date's own sentence holds nothing before the date but a correction cue and filler words.
     */
    static boolean reaches(String between) {
        Matcher end = SENTENCE_END.matcher(between);
        int ends = 0;
        int last = -1;
        while (end.find()) {
            ends++;
            last = end.end();
        }
        if (ends != 1) {
            return false;
        }
        String words = " " + Normalized.words(between.substring(last)) + " ";
        if (!CorrectionWords.anyCue(words)) {
            return false;
        }
        String left = words;
        for (String cue : CorrectionWords.cues()) {
            left = left.replace(" " + cue + " ", " ").replace(" " + cue + " ", " ");
        }
        return Arrays.stream(left.strip().split("\\s+")).allMatch(w -> w.isEmpty() || FILLERS.contains(w));
    }
}
