package org.faqbot.dialog;

import java.util.List;
import org.faqbot.nlu.Normalized;

/** Messages that ask the bot to keep a date: "onthoud dat ...", "remember that ...", "/remember ...". */
final class RememberWords {

    private static final List<String> OPENINGS = List.of(
            "/remember", "/onthoud", "onthoud", "kun je onthouden", "kan je onthouden", "wil je onthouden", "sla op",
            "bewaar", "noteer", "remember", "please remember", "can you remember", "could you remember", "save that",
            "note that", "keep in mind", "make a note");

    private RememberWords() {
    }

    static boolean matches(String text) {
        String normalized = Normalized.of(text.strip());
        return OPENINGS.stream().anyMatch(o -> normalized.startsWith(o + " ") || normalized.equals(o)
                || normalized.startsWith(o + ":") || normalized.startsWith(o + ","));
    }
}
