package org.faqbot.dialog;

import java.util.List;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;

/**
 * Messages that correct a date just given: "sorry, I meant 31 March 2022", "nee, 1 mei", or the date
 * alone. Only asked right after the bot took a date, so a date with one of these words is a correction.
 */
final class CorrectionWords {

    private static final List<String> CUES = List.of(
            "sorry", "i meant", "i mean", "meant", "oops", "correction", "wait", "actually", "rather", "make that",
            "should be", "instead", "no", "nope", "not", "wrong", "ik bedoel", "ik bedoelde", "bedoel", "bedoelde", "oeps",
            "correctie", "wacht", "eigenlijk", "moet zijn", "nee", "niet", "fout", "verkeerd", "in plaats daarvan");

    private CorrectionWords() {
    }

    /** True when the message, apart from {@code date}, is nothing or a correction ("sorry, I meant ..."). */
    static boolean correct(String text, DateMention date) {
        String rest = text.substring(0, date.start()) + " " + text.substring(date.end());
        String words = " " + Normalized.words(rest) + " ";
        return words.isBlank() || CUES.stream().anyMatch(cue -> words.contains(" " + cue + " "));
    }
}
