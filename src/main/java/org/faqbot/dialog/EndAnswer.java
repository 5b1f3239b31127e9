package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;

/**
 * Answers a rule question from the day the rule's thing ends ("my key expires on 1 March 2022, can I still
 * use it?"). The rules engine computes an until rule's result as its fact plus the period, so that day is the
 * result itself: the yes/no is whether today is on or before it, and the fact is the day less the period (a key
 * usable until 1 March 2022 was redeemed on 1 March 2021), which the reply names and the conversation keeps
 * for follow-up questions. An end so far ahead that the fact would still be to come, although it has happened,
 * is questioned instead of computed with; an end known within bounds is answered when the bounds decide
 * ("expired more than a month ago"), else explained with the question for the rule's own date, as is an
 * impossible one; a date that reads two ways is answered for each reading.
 */
final class EndAnswer {

    private final RuleBook book;
    private final RuleReplies replies;
    private final BoundedAnswer bounded;
    private final Texts texts;
    private final int minYear;
    private final int maxYear;

    EndAnswer(RuleBook book, RuleReplies replies, BoundedAnswer bounded, Texts texts, int minYear, int maxYear) {
        this.book = book;
        this.replies = replies;
        this.bounded = bounded;
        this.texts = texts;
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    Reply answer(Turn turn, DateRule rule, DateMention end, boolean yesNo) {
        Fact fact = book.factOf(rule);
        turn.setPending(new PendingQuestion(rule.id(), fact.id(), Map.of(), List.of(), yesNo, turn.now));
        if (end instanceof AmbiguousDate ambiguous) {
            return eachReading(turn, rule, ambiguous, yesNo);
        }
        if (end instanceof InvalidDate invalid) {
            return bounded.answerEnd(turn, rule, invalid).orElseGet(() -> replies.invalid(Optional.of(rule), invalid, turn.lang, minYear, maxYear));
        }
        LocalDate day = ((ResolvedDate) end).date();
        LocalDate given = rule.factFor(day);
        if (fact.notYetHappened(given, turn.today)) {
            String text = texts.get(turn.lang, "rule.end.too_far", FaqResponder.escape(end.text()), fact.label().get(turn.lang),
                    texts.date(given, turn.lang));
            return Reply.builder(turn.lang, ReplyType.CLARIFY, text).intent(rule.id()).build();
        }
        turn.setPending(new PendingQuestion(rule.id(), fact.id(), Map.of(fact.id(), given), List.of(), yesNo, turn.now));
        return replies.fromEnd(new Evaluation(rule, given, day, turn.today, rule.allows(turn.today, day)), turn.lang, yesNo);
    }

    /** "03/04/2022" as an end: the answer for each reading, as a question back would be taken for the rule's own date. */
    private Reply eachReading(Turn turn, DateRule rule, AmbiguousDate ambiguous, boolean yesNo) {
        List<String> parts = new ArrayList<>(List.of(texts.get(turn.lang, "rule.end.each_reading", FaqResponder.escape(ambiguous.text()))));
        Reply last = null;
        for (LocalDate reading : ambiguous.readings()) {
            last = answer(turn, rule, new ResolvedDate(ambiguous.text(), ambiguous.start(), ambiguous.end(), reading, false, true), yesNo);
            parts.add(texts.get(turn.lang, "rule.if_you_meant", texts.date(reading, turn.lang)) + "\n" + last.text());
        }
        turn.clearPending();
        return Reply.builder(turn.lang, last.type(), String.join("\n\n", parts)).intent(rule.id()).faqId(last.faqId().orElse(null))
                .sourceUrl(last.sourceUrl().orElse(null)).build();
    }
}
