package org.faqbot.dialog;

import java.util.List;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;

/**
 * Whether a message has the shape of a question how long, or until when, something lasts: "how long is a product key
 * valid?", "tot wanneer is een key geldig?", or one that names the span itself ("what is the validity of a product
 * key?", "wat is de looptijd van ..."). Whose thing it is, {@link RuleChoice} and the search decide.
 */
final class PeriodQuestion {

    /** Nouns for how long something lasts; a question with one asks for a span without "how long". */
    private static final List<String> SPAN_NOUNS = List.of(
            "validity", "valid for", "lifetime", "lifespan", "duration", "geldigheid", "looptijd", "levensduur");

    /**
     * A claimed span of lasting: an amount of time and a word of being valid or lasting, in either order ("keys last 2
     * years", "zijn keys twee jaar geldig?", "good for six months"). A question with one checks how long a thing lasts.
     */
    private static final String AMOUNT = "\\b(?:\\d+|a|an|one|two|three|six|twelve|half a|een|twee|drie|zes|twaalf|half|anderhalf)"
            + " (?:years?|months?|weeks?|days?|jaar|jaren|maanden|maand|weken|week|dagen|dag)\\b";
    // "the last 2 months" is a stretch of the past, no lasting.
    private static final String LASTING = "\\b(?:valid|(?<!the |past |these )last|lasts|usable|good for"
            + "|geldig|bruikbaar|houdbaar|te gebruiken|duurt|duren)\\b";
    private static final Pattern CLAIMED_SPAN = Pattern.compile(AMOUNT + ".*" + LASTING + "|" + LASTING + ".*" + AMOUNT);
    /**
     * A part of every unit of {@link #AMOUNT}: a message with none claims no span, and the pattern's two ".*" scan the
     * rest of the message from every word that may start one (a hundredth of a reply).
     */
    private static final List<String> UNIT_PARTS = List.of("year", "month", "week", "weken", "day", "jaar", "jaren", "maand", "dag");

    private PeriodQuestion() {
    }

    /** True when {@code shape} is a question for a date or a span, or names a span. */
    static boolean asks(String text, QuestionShape.Read shape) {
        if (shape.asksForDate() && shape.isQuestion()) {
            return true;
        }
        String words = " " + Normalized.words(text) + " ";
        return SPAN_NOUNS.stream().anyMatch(noun -> words.contains(" " + noun))
                || shape.isQuestion() && UNIT_PARTS.stream().anyMatch(words::contains) && CLAIMED_SPAN.matcher(words).find();
    }
}
