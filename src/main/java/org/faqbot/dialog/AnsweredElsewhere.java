package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.rules.DateRule;
import org.faqbot.store.PendingQuestion;

/**
 * How an open rule question meets a message about another rule: a date question about another thing answered from the
 * date the conversation gave becomes the conversation's last worked-out question, and a message naming another rule's
 * thing while the bot waits for a date is a new question rather than the awaited answer.
 */
final class AnsweredElsewhere {

    private AnsweredElsewhere() {
    }

    /**
     * Keeps {@code rule}'s question, worked out from {@code date}, as the conversation's open one after "and the VS
     * subscriptions?" was answered from the renewal given before: the earlier rule's question would otherwise be dropped
     * with nothing in its place, and "in English?" could say the answer again only as the FAQ entry, without its date.
     */
    static void keep(Turn turn, DateRule rule, LocalDate date, boolean yesNo) {
        Optional<PendingQuestion> before = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer());
        if (before.isEmpty() || before.get().intent().equals(rule.id())) {
            return;
        }
        Map<String, LocalDate> facts = new HashMap<>(before.get().facts());
        facts.put(rule.spec().fact(), date);
        turn.setPending(DatedAnswer.pending(rule, facts, List.of(), yesNo, Optional.empty(), turn));
    }

    /**
     * Whether a message without a date while the bot waits for one names another rule's thing ("my key stopped working"
     * after the question for the renewal start): it asks about that, though it has no question mark. One naming a month
     * is left to the month's handling, which may read it as part of the awaited date.
     */
    static boolean newTopic(Turn turn, RuleRouter.Routing routing, PendingQuestion pending) {
        return !routing.hasDates() && NamedMonth.in(turn.text, turn.lang, turn.today).isEmpty() && routing.rule().filter(rule -> !rule.id().equals(pending.intent())
                && pending.ruleHeld().filter(held -> held.intent().equals(rule.id())).isEmpty()).isPresent();
    }
}
