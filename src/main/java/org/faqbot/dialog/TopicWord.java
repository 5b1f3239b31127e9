package org.faqbot.dialog;

import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.RuleBook;

/**
 * A message that is nothing but a thing the bot knows ("benefits", "vs", "lidmaatschap?"), for {@link QuestionFlow}:
 * while the bot waits for a date such a word is no answer to it but a new topic, as the same word in a longer message
 * is; asking for the date again would ignore it. The things are the rules' objects, in either language, also with a
 * plural "s" ("benefits" for "benefit").
 */
final class TopicWord {

    /** Longer than this a message says more than its topic. */
    private static final int MAX_WORDS = 3;

    private TopicWord() {
    }

    /** Whether {@code text} is only one of the rules' things, in either language. */
    static boolean only(String text, RuleBook book) {
        String bare = Normalized.of(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (bare.isEmpty() || bare.split(" ").length > MAX_WORDS) {
            return false;
        }
        return book.rules().stream()
                .flatMap(rule -> Stream.of(Lang.values()).flatMap(lang -> rule.spec().objects(lang).stream()))
                .map(object -> object.replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                .anyMatch(object -> !object.isEmpty() && (bare.equals(object) || bare.equals(object + "s")));
    }
}
