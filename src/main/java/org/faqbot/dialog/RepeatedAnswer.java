package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/**
 * The last answer of a conversation said again in another language ("can you say that in English?"). A rule's
 * answer is worked out again from the date the conversation keeps; an FAQ answer is its entry in the other language.
 * Which entry answered last is kept in memory only, bounded, as {@link RecentLanguages} keeps the language: it is a
 * courtesy, not a record of anyone.
 */
final class RepeatedAnswer {

    private static final int MAX_CONVERSATIONS = 10_000;

    private final RuleBook book;
    private final RuleReplies replies;
    private final FaqResponder faq;
    private final KnowledgeBase kb;
    private final Texts texts;
    private final Map<String, Reply> lastByConversation = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reply> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    RepeatedAnswer(RuleBook book, RuleReplies replies, FaqResponder faq, KnowledgeBase kb, Texts texts) {
        this.book = book;
        this.replies = replies;
        this.faq = faq;
        this.kb = kb;
        this.texts = texts;
    }

    /** Notes {@code reply} as the conversation's last answer when it is one (an FAQ or a rule's answer or question). */
    synchronized void noteReply(String conversationId, Reply reply) {
        boolean answer = reply.type() == ReplyType.FAQ || reply.type() == ReplyType.RULE
                || reply.type() == ReplyType.CLARIFY && reply.intent().isPresent();
        if (answer) {
            lastByConversation.put(conversationId, reply);
        }
    }

    /** The last answer in {@code turn}'s language, or that the bot speaks it from now on when there was none. */
    Reply again(Turn turn) {
        Optional<Reply> last;
        synchronized (this) {
            last = Optional.ofNullable(lastByConversation.get(turn.message.conversationId()));
        }
        Optional<Reply> again = last.flatMap(reply -> reply.intent().isPresent() ? ruleAgain(turn, reply) : Optional.empty())
                .or(() -> last.flatMap(Reply::faqId).flatMap(kb::find).map(entry -> faq.answer(entry, turn.lang)));
        return again.orElseGet(() -> Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "lang.switched")));
    }

    /** The rule's answer from the date the conversation keeps for it, or its question back while it waits for one. */
    private Optional<Reply> ruleAgain(Turn turn, Reply last) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> last.intent().equals(Optional.of(p.intent())));
        Optional<DateRule> rule = pending.flatMap(p -> book.rule(p.intent()));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        PendingQuestion question = pending.get();
        LocalDate date = question.facts().get(question.awaitedFact());
        if (date == null || !question.readings().isEmpty()) {
            // The question back again, after the FAQ's answer it came with or the FAQ's rule in one sentence.
            String context = last.faqId().filter(id -> last.type() == ReplyType.FAQ).flatMap(kb::find)
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
