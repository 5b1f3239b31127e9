package org.faqbot.dialog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.RuleBook;

/**
 * "No, I meant the membership", "nee, ik bedoelde het lidmaatschap": the user corrects which thing the question was
 * about. It is read as "and my membership?" ({@link FollowUps}), the same question about that thing; while the bot waits
 * for a date it asked for the wrong thing again ("I still need your enrollment renewal date"). Only one of the rules'
 * things ({@link TopicWord}): "I meant 5 March" corrects a date, which the date flow reads.
 */
final class MeantThing {

    private static final Pattern MEANT = Pattern.compile("(?:(?:no|nope|nee|neen|sorry|oh|oops|ah|oeps)\\W+)*"
            + "(?:i meant|i mean|i was asking about|i was talking about|i am asking about|i'm asking about|ik bedoelde|ik bedoel"
            + "|ik had het over|ik vroeg naar|ik vroeg het over|bedoel)\\s+(?:(?:the|my|our|de|het|mijn|onze|ons)\\s+)?(.+?)[\\s.!?]*");

    private MeantThing() {
    }

    /** {@code text} as "and my X?" when it only corrects the thing to X, one of the rules' things; else {@code text}. */
    static String asFollowUp(String text, Lang lang, RuleBook book) {
        Matcher meant = MEANT.matcher(Normalized.of(text).strip());
        if (!meant.matches() || !TopicWord.only(meant.group(1), book)) {
            return text;
        }
        return (lang == Lang.NL ? "en mijn " : "and my ") + meant.group(1) + "?";
    }
}
