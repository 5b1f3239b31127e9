package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.kb.FaqEntry;
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
 * answer is worked out again from the date the conversation keeps; an FAQ answer is its entry in the other language;
 * the answers that followed it when its message asked several questions follow it again, each rule's from the rule
 * question it worked out. Which entries and rules answered last is kept in the conversation's state
 * ({@link RecentTurns}), so that the request may reach another instance of the bot, and expires with it.
 */
final class RepeatedAnswer {

    /** The last answer kept for "did you mean" suggestions: of no entry and no rule. */
    private static final RecentTurns.LastAnswer SUGGESTIONS = new RecentTurns.LastAnswer(null, false, null);
    /** No answer yet: what a fallback of a conversation's first question follows. */
    private static final RecentTurns.LastAnswer NONE = new RecentTurns.LastAnswer(null, false, null);
    private static final String FAQ_PAYLOAD = "/faq ";

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

    /**
     * Notes {@code reply} as the conversation's last answer when it is one (an FAQ or a rule's answer or question); the
     * answers that followed it ({@link SeveralQuestions} kept them on the turn) stay with it, others' are dropped.
     */
    void noteReply(Turn turn, Reply reply) {
        boolean answer = reply.type() == ReplyType.FAQ || reply.type() == ReplyType.RULE
                || reply.type() == ReplyType.CLARIFY && reply.intent().isPresent();
        if (reply.type() == ReplyType.FALLBACK && !reply.suggestions().isEmpty()) {
            // "Did you mean ...?" is kept as an answer of no entry and no rule: its entries are the buttons shown with it.
            turn.setRecent(turn.recent().withLastAnswer(Optional.of(SUGGESTIONS)).withOthers(Optional.empty()));
        } else if (unknown(reply)) {
            // The answer before it stays for the follow-ups that lean on it, as after any message not understood.
            RecentTurns.LastAnswer before = turn.recent().answer().orElse(NONE);
            turn.setRecent(turn.recent().withLastAnswer(Optional.of(before.thenFallback())));
        } else if (answer) {
            RecentTurns recent = turn.recent().withLastAnswer(Optional.of(last(reply, Optional.empty())));
            turn.setRecent(reply.others().isEmpty() ? recent.withOthers(Optional.empty()) : recent);
        }
    }

    /** {@code reply} as the conversation keeps it, with the rule question it {@code worked} out when that is not pending. */
    static RecentTurns.LastAnswer last(Reply reply, Optional<PendingQuestion> worked) {
        return new RecentTurns.LastAnswer(reply.faqId().orElse(null), reply.type() == ReplyType.FAQ, reply.intent().orElse(null),
                worked.orElse(null));
    }

    /**
     * Whether {@code reply} is the plain fallback, which can be said in the other language as it is; a fallback naming
     * the code or the language it could not read is about that message only.
     */
    private boolean unknown(Reply reply) {
        return reply.type() == ReplyType.FALLBACK && reply.suggestions().isEmpty()
                && reply.text().equals(faq.unknown(reply.lang(), 0.0).text());
    }

    /** The last answer in {@code turn}'s language, or that the bot speaks it from now on when there was none. */
    Reply again(Turn turn) {
        Optional<RecentTurns.LastAnswer> last = turn.recent().answer();
        if (last.filter(RecentTurns.LastAnswer::fellBack).isPresent()) {
            // "Kan dat ook in het Nederlands?" after "Sorry, I don't know": that, with its examples, in Dutch.
            return faq.unknown(turn.lang, 0.0);
        }
        if (last.filter(SUGGESTIONS::equals).isPresent()) {
            return suggestedAgain(turn);
        }
        // A later answer's offer may be pending, holding the first answer's worked-out question (SeveralQuestions).
        Optional<Reply> first = last.flatMap(answer -> said(turn, answer,
                turn.pending().flatMap(p -> p.intent().equals(answer.intent()) ? Optional.of(p) : p.ruleHeld().or(() -> Optional.of(p))),
                false, false));
        if (first.isEmpty()) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "lang.switched"));
        }
        Optional<RecentTurns.Others> others = turn.recent().otherAnswers();
        if (others.isEmpty()) {
            return first.get();
        }
        // An answer about another rule of the first's entry says that rule's sentence, not the entry the first came from.
        List<Reply> again = others.get().answers().stream()
                .flatMap(other -> said(turn, other, other.workedOut(), true, Objects.equals(other.faqId(), last.get().faqId())).stream())
                .toList();
        return SeveralQuestions.combined(texts, first.get(), again, UnansweredNote.fromKept(others.get().unansweredQuestion()));
    }

    /**
     * The "did you mean" suggestions shown last, in {@code turn}'s language, from the entries of their buttons; that the
     * bot speaks the language from now on when the buttons have gone (another reply with buttons, or their time passed).
     */
    private Reply suggestedAgain(Turn turn) {
        List<FaqEntry> entries = turn.recent().buttons().stream().flatMap(shown -> shown.buttons().stream())
                .map(RecentTurns.Button::payload).filter(p -> p.startsWith(FAQ_PAYLOAD))
                .flatMap(p -> kb.findByKey(p.substring(FAQ_PAYLOAD.length()).strip()).stream()).toList();
        if (entries.isEmpty()) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "lang.switched"));
        }
        // Labelled as the first time, in the other language: a passage by its page and heading, not "Samenvatting" alone.
        List<String> labels = FaqResponder.labels(entries, turn.lang);
        List<String> lines = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add((i + 1) + ". " + FaqResponder.escape(labels.get(i)));
            choices.add(FaqResponder.faqChoice(entries.get(i).id(), labels.get(i)));
        }
        String text = texts.get(turn.lang, "fallback.did_you_mean", String.join("\n", lines));
        return Reply.builder(turn.lang, ReplyType.FALLBACK, text).choices(choices).build();
    }

    /**
     * {@code last} in {@code turn}'s language, a rule's worked out again from its {@code question}; an {@code other}
     * answer is one that followed the first.
     */
    private Optional<Reply> said(Turn turn, RecentTurns.LastAnswer last, Optional<PendingQuestion> question, boolean other,
            boolean quoteRule) {
        return (last.intent() != null ? ruleAgain(turn, last, question, other, quoteRule) : Optional.<Reply>empty())
                .or(() -> Optional.ofNullable(last.faqId()).flatMap(kb::find).map(entry -> faq.answer(entry, turn.lang)));
    }

    /**
     * The rule's answer from the date {@code kept} (the rule question the answer left) holds, or its question back while
     * it waits for one, after the FAQ's answer it came with or, with {@code quoteRule}, the rule's sentence; an
     * {@code other} answer offers to work the date out instead of asking for it.
     */
    private Optional<Reply> ruleAgain(Turn turn, RecentTurns.LastAnswer last, Optional<PendingQuestion> kept, boolean other,
            boolean quoteRule) {
        Optional<PendingQuestion> pending = kept.filter(p -> p.intent().equals(last.intent()));
        Optional<DateRule> rule = pending.flatMap(p -> book.rule(p.intent()));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        PendingQuestion question = pending.get();
        LocalDate date = question.facts().get(question.awaitedFact());
        if (date == null || !question.readings().isEmpty()) {
            // The question back again, after the FAQ's answer it came with or the FAQ's rule in one sentence.
            String context = Optional.ofNullable(last.faqId()).filter(id -> last.fromFaq() && !quoteRule).flatMap(kb::find)
                    .map(entry -> faq.answer(entry, turn.lang).text()).orElseGet(() -> replies.generalRule(rule.get(), turn.lang));
            if (other) {
                // An answer after the first waits for nothing: it offered to work the date out, as it did the first time.
                String offer = texts.get(turn.lang, "rule.offer", book.factOf(rule.get()).ask().get(turn.lang));
                return Optional.of(Reply.builder(turn.lang, ReplyType.FAQ, context + "\n\n" + offer).faqId(last.faqId())
                        .intent(last.intent()).build());
            }
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
        // "You renewed on 1 November 2026 ...": the past renewal the answer took the next one of opens it again.
        Optional<String> note = question.recurredFact().flatMap(past -> book.fact(past.fact())
                .flatMap(fact -> fact.recurrence().map(r -> new DatePicker.Recurred(fact, past.happened(), r.next(past.happened()))))
                .map(recurred -> recurred.text(turn.lang, texts)));
        return Optional.of(asked.isPresent() && question.yesNo()
                ? replies.answerOn(evaluation, asked.get(), false, turn.lang, others, note)
                : replies.answer(evaluation, turn.lang, question.yesNo(), others, note));
    }
}
