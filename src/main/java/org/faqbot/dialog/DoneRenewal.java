package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.Supposition;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.Fact;
import org.faqbot.rules.FromRule;

/**
 * A past date of the rule's own fact that comes back, told with the fact's done verb: "we renewed on 15 February 2026".
 * The rule counts from that renewal (the VS grace runs 30 days after it), but when that has run out long ago the user,
 * who has renewed, is not helped by "renew your membership": the reply says what counts from the next renewal, a year
 * later ({@link org.faqbot.rules.Recurrence}), instead. "Our renewal date was 15 February" names the date without saying
 * it was renewed, and keeps the usual reply.
 */
final class DoneRenewal {

    private final Texts texts;

    DoneRenewal(Texts texts) {
        this.texts = texts;
    }

    /**
     * {@code reply} with the rule's result from the next occurrence in place of the advice for a passed date, when the
     * fact is one that comes back, told as done, and the result counted from it has passed; else {@code reply} as it is.
     */
    Reply withNext(Reply reply, Turn turn, Fact fact, DateMention mention, Evaluation evaluation) {
        DateRule rule = evaluation.rule();
        if (fact.recurrence().isEmpty() || rule instanceof FromRule || evaluation.allowed()
                || !evaluation.fact().isBefore(turn.today) || !Supposition.statedDone(turn.text, mention.start(), mention.end())
                || !doneVerb(fact, SpanClause.around(turn.text, mention.start(), mention.end()), turn)) {
            return reply;
        }
        LocalDate next = fact.recurrence().get().next(evaluation.fact());
        Evaluation after = Evaluation.of(rule, next, turn.today);
        String note = texts.get(turn.lang, "rule.renewed.next", texts.date(evaluation.fact(), turn.lang), texts.date(next, turn.lang),
                texts.date(after.result(), turn.lang));
        String advice = rule.spec().texts().passed().get(turn.lang);
        String text = !advice.isBlank() && reply.text().contains(advice) ? reply.text().replace(advice, note)
                : reply.text() + "\n\n" + note;
        return new Reply(reply.lang(), reply.type(), text, reply.faqId(), reply.confidence(), reply.suggestions(), reply.intent(),
                reply.date(), reply.ok(), reply.sourceUrl(), reply.choices(), reply.others());
    }

    /** Whether the clause holds one of the fact's cues that is a past form ("renewed", "verlengd"), not its name ("renewal date"). */
    private static boolean doneVerb(Fact fact, String clause, Turn turn) {
        String normalized = Normalized.of(clause);
        return fact.cues(turn.lang).stream().filter(cue -> !cue.contains(" ") && Supposition.pastForm(cue))
                .anyMatch(cue -> CueMatcher.contains(normalized, cue, turn.lang));
    }
}
