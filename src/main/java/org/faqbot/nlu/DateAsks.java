package org.faqbot.nlu;

import static org.faqbot.nlu.QuestionWords.AUXILIARIES;
import static org.faqbot.nlu.QuestionWords.NOW_WORDS;
import static org.faqbot.nlu.QuestionWords.PERSONAL;
import static org.faqbot.nlu.QuestionWords.WH_WORDS;
import static org.faqbot.nlu.QuestionWords.containsAny;
import static org.faqbot.nlu.QuestionWords.spaced;

import java.util.List;
import java.util.Set;

/**
 * Whether a message asks for a date or a span of time ("until when", "hoe lang", "last day"), and whether it asks for
 * nothing but the days left, which the bot counts from the conversation's date without being told whose date it is.
 */
final class DateAsks {

    /**
     * Phrases that ask for a date or a span of time. "hoe lange" is the inflected "hoe lang" ("hoe lange tijd heb ik?"),
     * and a learner's "hoe lange is mijn sleutel geldig?".
     */
    private static final List<String> DATE_ASKS = spaced(
            "when", "until when", "till when", "what date", "which date", "what day", "which day", "how long", "how many days",
            "how much time", "how soon", "how quickly", "hoe snel", "hoe gauw", "last day", "final day", "final date", "last date", "deadline", "by when", "earliest", "from when",
            "first day", "first date", "eerste dag", "eerste datum",
            "days left", "wanneer", "wnnr", "wnr", "welke datum", "welke dag", "hoe lang", "hoe lange", "hoelang", "hoeveel dagen", "hoeveel tijd",
            "laatste dag", "laatste datum", "uiterlijk", "vroegst", "deadline", "tot welke", "vanaf welke", "dagen over",
            "dagen nog");

    /** Asks for a count of days still to go, which needs a date but does not name whose. */
    private static final List<String> DAYS_LEFT = spaced(
            "how many days", "how much time", "days left", "time left", "days to go", "hoeveel dagen", "hoeveel tijd",
            "dagen over", "dagen nog", "nog dagen", "tijd over");
    /** The words such a question is made of, besides pronouns, auxiliaries and question words. */
    private static final Set<String> DAYS_LEFT_WORDS = Set.copyOf(List.of(
            "many", "much", "days", "day", "time", "left", "to", "go", "remaining", "then", "so", "and", "there",
            "dagen", "dag", "tijd", "over", "nog", "dan", "en", "er", "resterend", "resterende"));

    private DateAsks() {
    }

    static boolean asksForDate(MessageClauses parts) {
        return containsAny(parts.padded(), DATE_ASKS);
    }

    static boolean asksOnlyForDaysLeft(MessageClauses parts) {
        if (!containsAny(parts.padded(), DAYS_LEFT)) {
            return false;
        }
        return parts.tokens().stream().allMatch(t -> DAYS_LEFT_WORDS.contains(t) || PERSONAL.contains(t)
                || AUXILIARIES.contains(t) || WH_WORDS.contains(t) || NOW_WORDS.contains(" " + t + " "));
    }
}
