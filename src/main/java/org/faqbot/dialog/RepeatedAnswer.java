package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;

/**
 * The last answer of a conversation said again in another language ("can you say that in English?"). A rule's
 * answer is worked out again from the date the conversation keeps; an FAQ answer is its entry in the other language.
 * Which entry and rule answered last is kept in the conversation's state ({@link RecentTurns}), so that the request may
 * reach another instance of the bot, and expires with it.
 */
final class RepeatedAnswer {

    private final RuleBook book;
    private final RuleReplies replies;
    private final FaqResponder faq;
    private final KnowledgeBase kb;
    private final Texts texts;

    RepeatedAnswer(RuleBook book, RuleReplies replies, FaqResponder faq, KnowledgeBase kb, Texts texts) {
        this.book = book;
        this.replies = replies;
        this.faq = faq;
        this.kb = kb;
        this.texts = texts;
    }

    /** Notes {@code reply} as the conversation's last answer when it is one (an FAQ or a rule's answer or question). */
    void noteReply(Turn turn, Reply reply) {
        boolean answer = reply.type() == ReplyType.FAQ || reply.type() == ReplyType.RULE
                || reply.type() == ReplyType.CLARIFY && reply.intent().isPresent();
        if (answer) {
            RecentTurns.LastAnswer last = new RecentTurns.LastAnswer(reply.faqId().orElse(null), reply.type() == ReplyType.FAQ,
                    reply.intent().orElse(null));
            turn.setRecent(turn.recent().withLastAnswer(Optional.of(last)));
        }
    }

    /** The last answer in {@code turn}'s language, or that the bot speaks it from now on when there was none. */
    Reply again(Turn turn) {
        Optional<RecentTurns.LastAnswer> last = turn.recent().answer();
        Optional<Reply> again = last.flatMap(answer -> answer.intent() != null ? ruleAgain(turn, answer) : Optional.empty())
                .or(() -> last.map(RecentTurns.LastAnswer::faqId).flatMap(kb::find).map(entry -> faq.answer(entry, turn.lang)));
        return again.orElseGet(() -> Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "lang.switched")));
    }

    /** The rule's answer from the date the conversation keeps for it, or its question back while it waits for one. */
    private Optional<Reply> ruleAgain(Turn turn, RecentTurns.LastAnswer last) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.intent().equals(last.intent()));
        Optional<DateRule> rule = pending.flatMap(p -> book.rule(p.intent()));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        PendingQuestion question = pending.get();
        LocalDate date = question.facts().get(question.awaitedFact());
        if (date == null || !question.readings().isEmpty()) {
            // The question back again, after the FAQ's answer it came with or the FAQ's rule in one sentence.
            String context = Optional.ofNullable(last.faqId()).filter(id -> last.fromFaq()).flatMap(kb::find)
                    .map(entry -> faq.answer(entry, turn.lang).text()).orElseGet(() -> replies.generalRule(rule.get(), turn.lang));
            return Optional.of(replies.ask(rule.get(), turn.lang, Optional.of(context)));
        }
        Map<String, LocalDate> others = new HashMap<>(question.facts());
        others.remove(question.awaitedFact());
        Evaluation evaluation = Evaluation.of(rule.get(), date, turn.today);
        Optional<DayQuestion> asked = KeptDay.from(question);
        if (question.eachThing().size() > 1) {
            List<Evaluation> each = question.eachThing().stream().map(day -> Evaluation.of(rule.get(), day, turn.today)).toList();
            return Optional.of(replies.each(each, turn.lang, question.yesNo(), asked.filter(a -> question.yesNo()), others,
                    texts.get(turn.lang, "rule.each_thing")));
        }
        return Optional.of(asked.isPresent() && question.yesNo()
                ? replies.answerOn(evaluation, asked.get(), false, turn.lang, others, Optional.empty())
                : replies.answer(evaluation, turn.lang, question.yesNo(), others, Optional.empty()));
    }
}
