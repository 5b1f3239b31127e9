package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.nlu.Supposition;

/**
 * The day a question asks about when the fact's own date stands in a condition stated as done, in either order: "can I
 * reassign it on 1 January if I assigned it on 15 October?", "mag ik hem op 1 januari opnieuw toewijzen als ik hem op 15
 * oktober heb toegewezen?", "if I redeemed it on 10 January, can I use it on 1 March?". The condition's past form dates
 * the action; the other day is the one the question is about, though its clause holds the fact's cue too ("reassign",
 * "opnieuw toewijzen"), which made {@link AskedDay} pass it by and the last date be taken for the asked one.
 */
final class DoneInCondition {

    /** The word that opens the condition: "if", "als", "indien", "now that". */
    private static final Pattern CONDITION = Pattern.compile("(?:^|[^\\p{L}])(?:if|als|indien|now that|given that|aangezien)\\s");
    /** Where the condition ends when it comes first: "if I assigned it on 15 October, can I ...". */
    private static final Pattern CONDITION_END = Pattern.compile("[,;.!?]");

    private DoneInCondition() {
    }

    /**
     * The one of two {@code candidates} (the fact's dates, in text order) that the question asks about, when the other
     * stands in a condition that states the action done and this one does not, and the message is a question.
     */
    static Optional<DateMention> asked(String text, List<DateMention> candidates) {
        String normalized = Normalized.of(text);
        if (candidates.size() != 2 || !normalized.strip().endsWith("?")) {
            return Optional.empty();
        }
        Matcher condition = CONDITION.matcher(normalized);
        while (condition.find()) {
            int from = condition.end();
            Matcher end = CONDITION_END.matcher(normalized);
            int to = end.find(from) ? end.start() : normalized.length();
            String clause = normalized.substring(from, to);
            for (int i = 0; i < 2; i++) {
                DateMention own = candidates.get(i);
                DateMention other = candidates.get(1 - i);
                boolean ownInside = own.start() >= from && own.end() <= to;
                boolean otherOutside = other.end() <= from || other.start() >= to;
                if (ownInside && otherOutside && other instanceof ResolvedDate && Supposition.statedDone(clause, 0, clause.length())
                        && !AskedDay.afterPastForm(text, other)) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.empty();
    }
}
