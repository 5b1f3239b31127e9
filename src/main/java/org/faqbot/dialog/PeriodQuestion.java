package org.faqbot.dialog;

import java.util.List;
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

    private PeriodQuestion() {
    }

    /** True when {@code shape} is a question for a date or a span, or names a span. */
    static boolean asks(String text, QuestionShape.Read shape) {
        if (shape.asksForDate() && shape.isQuestion()) {
            return true;
        }
        String words = " " + Normalized.words(text) + " ";
        return SPAN_NOUNS.stream().anyMatch(noun -> words.contains(" " + noun));
    }
}
