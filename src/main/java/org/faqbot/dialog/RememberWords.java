package org.faqbot.dialog;

import java.util.List;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * Messages that ask the bot to keep a date: "onthoud dat ...", "remember that ...", "/remember ...", also after a filler
 * ("ok, onthoud dat"). An opening verb followed by "je" or "you" asks a question instead ("bewaar je mijn gegevens?").
 */
final class RememberWords {

    private static final List<String> OPENINGS = List.of(
            "/remember", "/onthoud", "onthoud", "kun je onthouden", "kan je onthouden", "wil je onthouden", "sla op",
            "bewaar", "noteer", "remember", "please remember", "can you remember", "could you remember", "save that",
            "note that", "keep in mind", "make a note");
    /** Words before the request that change nothing: "ok, remember that", "ja, onthoud die datum graag". */
    private static final Pattern FILLER = Pattern.compile("^(?:(?:ok|oke|okay|okey|oh|ah|yes|yeah|ja|great|perfect|prima|top"
            + "|super|mooi|fijn|thanks|bedankt|nice|cool|so|dan|then|and|en|goed)[ ,!.]+)+");
    /** The subject of a question after the verb: "bewaar je ...?", "noteer jij ...?", "remember you said ...". */
    private static final Pattern ASKS = Pattern.compile("^(?:je|jij|u|you|ze|jullie)\\b.*");

    private RememberWords() {
    }

    static boolean matches(String text) {
        String normalized = Normalized.of(text.strip());
        String bare = FILLER.matcher(normalized).replaceFirst("");
        return opens(normalized) || (!bare.equals(normalized) && !bare.startsWith("/") && opens(bare));
    }

    private static boolean opens(String normalized) {
        return OPENINGS.stream().anyMatch(o -> (normalized.startsWith(o + " ") && !ASKS.matcher(normalized.substring(o.length() + 1)).matches())
                || normalized.equals(o) || normalized.startsWith(o + ":") || normalized.startsWith(o + ","));
    }
}
