package org.faqbot.dialog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.faqbot.nlu.QuestionParts;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.SmallTalk;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;

/**
 * A message that asks several things ("How do I renew my benefits? And how does VS activation work?"): the answers
 * come in the order asked, the whole message's answer at the place of the question that got it by itself (first when
 * none did), and each other question that gets a confident answer of its own, another entry or rule than the whole's,
 * under "Your other question:"; one that gets none is named in a short note, so that
 * nothing the user asked is dropped without a word. A message of one question with context ("I assigned it on 1
 * October. When can I reassign it?"), or whose parts all get the first's answer, keeps its one answer; one whose dated
 * statement is not what its question asks about is {@link StatedThenAsked}'s. The other
 * answers and the note are kept with the conversation's last answer, so that "in English?" says the whole reply again.
 */
final class SeveralQuestions {

    /**
     * A time after the question before ("... and how long is a key valid after that?"): its "that" is no pronoun for
     * the thing asked about, and the question can be asked on its own.
     */
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)\\b(?:after|before|since|until|till) (?:that|this|then)\\b");

    private final Texts texts;
    private final Function<Turn, RuleRouter.Routing> route;
    private final StatedThenAsked stated;
    private final OutsideQuestions outside;
    private final java.util.function.Predicate<String> namesThing;

    SeveralQuestions(Texts texts, PartSearch search, Function<Turn, RuleRouter.Routing> route, KnownTopics known,
            java.util.function.Predicate<String> namesThing) {
        this.texts = texts;
        this.namesThing = namesThing;
        this.route = route;
        this.stated = new StatedThenAsked(texts, route);
        this.outside = new OutsideQuestions(texts, search, route, known);
    }

    /**
     * {@code first}, the answer to the whole of {@code turn}, with the answers to its other questions; {@code answer}
     * answers a question on its own, on a turn whose state changes are not kept (the first answer's are, on
     * {@code kept}, where the other answers are kept too). {@code memo} holds the message's searches so far ({@link #inside}):
     * a question searched cheaply there is not searched again.
     */
    Reply answer(Turn turn, Turn kept, Reply first, OwnAnswers.Answering answer, PartSearch.Memo memo) {
        if (!confident(first)) {
            return first;
        }
        QuestionParts.Parts parts = QuestionParts.of(turn.text);
        OwnAnswers own = new OwnAnswers(memo, route, answer);
        if (!parts.several()) {
            return stated.answer(turn, kept, first, parts, own);
        }
        // Each question in message order, the answers in that order too; but the questions the cheap stages decide go
        // first, so that one that cannot change the reply spares the others' encoding ("... and is it nice weather?").
        List<Integer> order = IntStream.range(0, parts.questions().size()).boxed()
                .sorted(Comparator.comparing(i -> !own.cheap(parts.questions().get(i), turn.lang))).toList();
        PartTally tally = new PartTally(first, namesThing);
        for (int done = 0; done < order.size(); done++) {
            int i = order.get(done);
            String question = parts.questions().get(i);
            if (!tally.canChange(order.size() - done)) {
                return first;
            }
            if (!ownQuestion(question, i == 0)) {
                if (i > 0 && first.type() == ReplyType.FAQ && first.intent().isEmpty() && SmallTalk.classify(question).isEmpty()
                        && !outside.outside(question, turn, memo)) {
                    tally.leaning(i, question);
                }
                continue;
            }
            tally.add(i, question, own.of(turn, question, parts.context(), first));
        }
        List<Reply> shown = tally.shown();
        List<Reply> others = shown.subList(1, shown.size());
        UnansweredNote unanswered = tally.unanswered(parts.questions());
        // When no question gets the first answer by itself, the first answers the message as a whole ("how do I renew
        // and what does it cost?"), and one part's own answer may answer a question nobody asked; two parts that each get
        // an answer of their own, neither the first, are two questions. A question leaning on the first is still named.
        if (!tally.covered() && others.size() < 2) {
            return combined(texts, first, List.of(), tally.leaningOnly());
        }
        // The answers go in the order asked: an earlier question's own answer leads the message's answer as a whole
        // ("How do I renew? How do I activate VS?", whose whole reads as the activation's), and the conversation goes on
        // from it.
        Reply lead = shown.get(0);
        if (lead != first) {
            own.lead(kept, lead, first);
        }
        if (!others.isEmpty() || !unanswered.isEmpty()) {
            List<RecentTurns.LastAnswer> said = others.stream().map(o -> RepeatedAnswer.last(o, own.worked(o))).toList();
            kept.setRecent(kept.recent().withOthers(Optional.of(new RecentTurns.Others(said, unanswered.kept()))));
        }
        keepLastOffer(kept, others, own);
        return combined(texts, lead, others, unanswered);
    }

    /**
     * When an answer after the first offers to work out the user's own date ("If you tell me your own date, ...") and the
     * first does not, the last such offer is the question a bare date answers next; the first answer's worked-out rule
     * question is held beside it, as a question back holds it, for a cancel to give back.
     */
    private static void keepLastOffer(Turn kept, List<Reply> others, OwnAnswers own) {
        List<PendingQuestion> offers = others.stream().map(own::worked).flatMap(Optional::stream)
                .filter(p -> p.aboutRule() && p.awaitsAnswer()).toList();
        if (offers.isEmpty() || kept.pending().filter(p -> p.aboutRule() && p.awaitsAnswer()).isPresent()) {
            return;
        }
        PendingQuestion last = offers.get(offers.size() - 1);
        kept.setPending(kept.pending().filter(PendingQuestion::aboutRule).map(last::holding).orElse(last));
    }

    /** {@code turn}'s text without its questions that the FAQ is nowhere near: see {@link OutsideQuestions#inside}. */
    OutsideQuestions.Inside inside(Turn turn) {
        return outside.inside(turn);
    }

    /** {@code reply} with a note naming the {@code outside} questions: see {@link OutsideQuestions#withNote}. */
    Reply withOutsideNote(Reply reply, List<String> outsideQuestions) {
        return outside.withNote(reply, outsideQuestions);
    }

    /**
     * A question that can be asked on its own: not small talk ("hi!"), and, after the first, no pronoun that points
     * back at the question before ("... and when does it expire?"); the first one's points at its own sentence or the
     * statements before it.
     */
    private static boolean ownQuestion(String question, boolean firstOne) {
        return SmallTalk.classify(question).isEmpty()
                && (firstOne || !QuestionShape.refersBack(TIME_AFTER.matcher(lastClause(question)).replaceAll("")));
    }

    /** The clause after the last comma: "besides that, how do I renew?" points back only in its lead-in. */
    private static String lastClause(String question) {
        return question.substring(question.lastIndexOf(',') + 1);
    }

    static boolean confident(Reply reply) {
        return reply.type() == ReplyType.FAQ || reply.type() == ReplyType.RULE;
    }

    /**
     * The same answer: two FAQ answers from the same entry; else the same rule, or a rule's answer and its own entry
     * (the FAQ answer to "until when can I use a key?" carries the key rule that the personal question works out), but
     * not a rule's answer and an answer about another rule from the same entry.
     */
    static boolean sameAnswer(Reply a, Reply b) {
        boolean entry = a.faqId().isPresent() && a.faqId().equals(b.faqId());
        if (a.type() == ReplyType.FAQ && b.type() == ReplyType.FAQ) {
            return entry;
        }
        // One entry is the source of several rules: a rule's answer (the redeem deadline) does not answer a question
        // about another rule of its entry (how long a key then works), which gets that rule's answer of its own.
        boolean otherRule = a.intent().isPresent() && b.intent().isPresent() && !a.intent().equals(b.intent());
        return entry && !otherRule || a.intent().isPresent() && a.intent().equals(b.intent());
    }

    /** {@code first} followed by the {@code others} under "Your other question:", and a note naming the unanswered. */
    static Reply combined(Texts texts, Reply first, List<Reply> others, UnansweredNote unanswered) {
        if (others.isEmpty() && unanswered.isEmpty()) {
            return first;
        }
        StringBuilder text = new StringBuilder(first.text());
        for (Reply other : others) {
            text.append("\n\n**").append(texts.get(first.lang(), "several.other")).append("**\n\n").append(other.text());
            other.sourceUrl().ifPresent(url -> text.append("\n\n").append(texts.get(first.lang(), "several.source", url)));
        }
        if (!unanswered.isEmpty()) {
            text.append("\n\n").append(unanswered.text(texts, first.lang()));
        }
        return Reply.builder(first.lang(), first.type(), text.toString())
                .faqId(first.faqId().orElse(null))
                .confidence(first.confidence())
                .suggestions(first.suggestions())
                .intent(first.intent().orElse(null))
                .date(first.date().orElse(null))
                .ok(first.ok().orElse(null))
                .sourceUrl(first.sourceUrl().orElse(null))
                .choices(first.choices())
                .others(others)
                .build();
    }
}
