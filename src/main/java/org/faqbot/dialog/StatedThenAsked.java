package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.faqbot.nlu.QuestionParts;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.DateRule;
import org.faqbot.store.RecentTurns;

/**
 * A dated statement followed by a question about something else ("My key was activated on 3 March. How can I renew our
 * benefits?"): the whole message's answer works out the statement's date, which is not what was asked. The question gets
 * its own answer first, and the statement's worked-out date follows it, so that the date is still answered and kept for
 * "how many days left?". A question that leans on the statement ("... Until when can I use it?") or that gets the same
 * rule's answer keeps the one answer.
 */
final class StatedThenAsked {

    private final Texts texts;
    private final Function<Turn, RuleRouter.Routing> route;

    StatedThenAsked(Texts texts, Function<Turn, RuleRouter.Routing> route) {
        this.texts = texts;
        this.route = route;
    }

    /**
     * The answer to {@code turn}'s one question, with {@code first}, the whole message's rule answer from its statement,
     * after it; {@code first} alone when the question is the statement's own. Its answer is kept with the conversation's
     * last answer, on {@code kept}, so that "in English?" says both again.
     */
    Reply answer(Turn turn, Turn kept, Reply first, QuestionParts.Parts parts, OwnAnswers own) {
        if (first.type() != ReplyType.RULE || parts.questions().size() != 1 || parts.context().isEmpty()) {
            return first;
        }
        String question = parts.questions().get(0);
        // The date must be the statement's: a question with a day of its own, or pointing back at the statement's
        // thing, is what the rule answered; so is a yes/no or a date question ("can I renew already?" after the renewal
        // start date), asked of the statement's day, though its words alone may find an FAQ entry.
        // The question's shape first: the routings below read the message's dates again.
        if (QuestionShape.refersBack(question) || QuestionShape.isYesNo(question) || QuestionShape.asksForDate(question)) {
            return first;
        }
        RuleRouter.Routing alone = route.apply(turn.withText(question));
        // The question's words may choose the statement's rule and still ask no date of it: "How do I activate Visual
        // Studio?" has the grace rule's cues, and its answer is the activation entry (the check on that answer below).
        boolean asksTheRule = alone.rule().map(DateRule::id).equals(first.intent())
                && (alone.generalQuestion() || alone.personalDateQuestion());
        if (alone.hasDates() || asksTheRule || !route.apply(turn.withText(parts.context())).hasDates()) {
            return first;
        }
        Reply asked = own.of(turn, question, "", first);
        // Only an FAQ answer of no rule: a rule question ("can I still redeem?") is answered from the statement's date.
        if (asked.type() != ReplyType.FAQ || asked.intent().isPresent() || SeveralQuestions.sameAnswer(asked, first)) {
            return first;
        }
        RecentTurns.LastAnswer stated = RepeatedAnswer.last(first, kept.pending().filter(p -> first.intent().equals(Optional.of(p.intent()))));
        kept.setRecent(kept.recent().withOthers(Optional.of(new RecentTurns.Others(List.of(stated), null))));
        StringBuilder text = new StringBuilder(asked.text());
        text.append("\n\n**").append(texts.get(first.lang(), "several.stated")).append("**\n\n").append(first.text());
        first.sourceUrl().ifPresent(url -> text.append("\n\n").append(texts.get(first.lang(), "several.source", url)));
        List<Choice> choices = new ArrayList<>(asked.choices());
        choices.addAll(first.choices());
        return Reply.builder(first.lang(), asked.type(), text.toString())
                .faqId(asked.faqId().orElse(null))
                .confidence(asked.confidence())
                .suggestions(asked.suggestions())
                .date(first.date().orElse(null))
                .ok(first.ok().orElse(null))
                .sourceUrl(asked.sourceUrl().orElse(null))
                .choices(choices)
                .others(List.of(first))
                .build();
    }
}
