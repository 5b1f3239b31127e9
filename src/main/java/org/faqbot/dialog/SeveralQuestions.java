package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.faqbot.nlu.QuestionParts;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.SmallTalk;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;

/**
 * A message that asks several things ("How do I renew my benefits? And how does VS activation work?"): the whole
 * message's answer stays the first, and each other question that gets a confident answer of its own, another entry or
 * rule than the first's, follows it under "Your other question:"; one that gets none is named in a short note, so that
 * nothing the user asked is dropped without a word. A message of one question with context ("I assigned it on 1
 * October. When can I reassign it?"), or whose parts all get the first's answer, keeps its one answer; one whose dated
 * statement is not what its question asks about is {@link StatedThenAsked}'s. The other
 * answers and the note are kept with the conversation's last answer, so that "in English?" says the whole reply again.
 */
final class SeveralQuestions {

    /**
     * Answers beside the first at most: a message of four questions is a list, and Telegram splits long texts. The
     * questions past them are named in the note.
     */
    private static final int MOST_OTHERS = 2;

    /**
     * A time after the question before ("... and how long is a key valid after that?"): its "that" is no pronoun for
     * the thing asked about, and the question can be asked on its own.
     */
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)\\b(?:after|before|since|until|till) (?:that|this|then)\\b");

    private final Texts texts;
    private final PartSearch search;
    private final Function<Turn, RuleRouter.Routing> route;
    private final StatedThenAsked stated;
    /** Whether the note says "MPN benefits" or "the Partner Center documentation". */
    private final KnownTopics known;

    /**
     * A message's text without its questions that the FAQ is nowhere near ({@code outside}): "until when can I redeem my
     * keys and what is the weather tomorrow?" is answered as "until when can I redeem my keys?", so that the other
     * question's "tomorrow" is no date of the keys', and the weather is named in a note ({@link #withOutsideNote}).
     */
    record Inside(String text, List<String> outside) {
        Inside {
            outside = List.copyOf(outside);
        }
    }

    SeveralQuestions(Texts texts, PartSearch search, Function<Turn, RuleRouter.Routing> route, KnownTopics known) {
        this.texts = texts;
        this.known = known;
        this.search = search;
        this.route = route;
        this.stated = new StatedThenAsked(texts, route);
    }

    /**
     * {@code first}, the answer to the whole of {@code turn}, with the answers to its other questions; {@code answer}
     * answers a question on its own, on a turn whose state changes are not kept (the first answer's are, on
     * {@code kept}, where the other answers are kept too).
     */
    Reply answer(Turn turn, Turn kept, Reply first, OwnAnswers.Answering answer) {
        if (!confident(first)) {
            return first;
        }
        QuestionParts.Parts parts = QuestionParts.of(turn.text);
        PartSearch.Memo memo = search.memo();
        OwnAnswers own = new OwnAnswers(memo, route, answer);
        if (!parts.several()) {
            return stated.answer(turn, kept, first, parts, own);
        }
        // Each question in message order, the answers in that order too; but the questions the cheap stages decide go
        // first, so that one that cannot change the reply spares the others' encoding ("... and is it nice weather?").
        List<Integer> order = IntStream.range(0, parts.questions().size()).boxed()
                .sorted(Comparator.comparing(i -> !own.cheap(parts.questions().get(i), turn.lang))).toList();
        SortedMap<Integer, Reply> byPart = new TreeMap<>();
        SortedMap<Integer, String> unansweredByPart = new TreeMap<>();
        // "... and what does it cost?" after an FAQ answer of no rule: its "it" is the first question's thing, which the
        // first answer may not cost out; no rule's answer to a date question covers it either.
        SortedMap<Integer, String> leaningByPart = new TreeMap<>();
        boolean covered = false;
        for (int done = 0; done < order.size(); done++) {
            int i = order.get(done);
            String question = parts.questions().get(i);
            if (!changes(covered, byPart.size(), unansweredByPart.size() + leaningByPart.size(), order.size() - done)) {
                return first;
            }
            if (!ownQuestion(question, i == 0)) {
                if (i > 0 && first.type() == ReplyType.FAQ && first.intent().isEmpty() && SmallTalk.classify(question).isEmpty()
                        && !outside(question, turn, memo)) {
                    leaningByPart.put(i, question);
                }
                continue;
            }
            Reply reply = own.of(turn, question, parts.context(), first);
            if (sameAnswer(reply, first)) {
                covered = true;
            } else if (confident(reply)) {
                if (byPart.values().stream().noneMatch(o -> sameAnswer(o, reply))) {
                    byPart.put(i, reply);
                }
            } else if (nearTheFaq(reply) && !suggests(reply, first)) {
                unansweredByPart.put(i, question);
            }
        }
        List<Reply> others = byPart.values().stream().limit(MOST_OTHERS).toList();
        // A question past the most answers, one without a sure answer and one leaning on the first are all named in the
        // note, in message order: none is dropped without a word.
        SortedMap<Integer, String> unsureByPart = new TreeMap<>(unansweredByPart);
        unsureByPart.putAll(leaningByPart);
        List<String> leftOut = byPart.keySet().stream().skip(MOST_OTHERS).map(parts.questions()::get).toList();
        UnansweredNote unanswered = new UnansweredNote(List.copyOf(unsureByPart.values()), leftOut);
        // When no question gets the first answer by itself, the first answers the message as a whole ("how do I renew
        // and what does it cost?"), and one part's own answer may answer a question nobody asked; two parts that each get
        // an answer of their own, neither the first, are two questions. A question leaning on the first is still named.
        if (!covered && others.size() < 2) {
            return combined(texts, first, List.of(), new UnansweredNote(List.copyOf(leaningByPart.values()), List.of()));
        }
        if (!others.isEmpty() || !unanswered.isEmpty()) {
            List<RecentTurns.LastAnswer> said = others.stream().map(o -> RepeatedAnswer.last(o, own.worked(o))).toList();
            kept.setRecent(kept.recent().withOthers(Optional.of(new RecentTurns.Others(said, unanswered.kept()))));
        }
        keepLastOffer(kept, others, own);
        return combined(texts, first, others, unanswered);
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

    /**
     * {@code turn}'s text without its questions that the FAQ is nowhere near: each opens with a question word of its own,
     * names no rule, and the search's cheap stages find nothing near it; taken out only when one holds a day. A message of
     * only such questions is left whole, for the fallback to answer.
     */
    Inside inside(Turn turn) {
        QuestionParts.Parts parts = QuestionParts.of(turn.text);
        if (!parts.several()) {
            return new Inside(turn.text, List.of());
        }
        PartSearch.Memo memo = search.memo();
        List<String> outside = parts.questions().stream().filter(q -> outside(q, turn, memo)).toList();
        if (outside.isEmpty() || outside.size() == parts.questions().size()) {
            return new Inside(turn.text, List.of());
        }
        // Only a day of such a question ("tomorrow") could change the answer: without one, the message is answered whole,
        // as its words may still help the search find the other question's entry.
        if (outside.stream().noneMatch(q -> route.apply(turn.withText(q)).hasDates())) {
            return new Inside(turn.text, outside);
        }
        List<String> rest = new ArrayList<>();
        if (!parts.context().isEmpty()) {
            rest.add(parts.context());
        }
        parts.questions().stream().filter(q -> !outside.contains(q)).forEach(rest::add);
        return new Inside(String.join(" ", rest), outside);
    }

    /** Whether {@code question} is one the FAQ is nowhere near, which {@link #withOutsideNote} names ({@link #inside}). */
    private boolean outside(String question, Turn turn, PartSearch.Memo memo) {
        return QuestionParts.asksWithQuestionWord(question) && SmallTalk.classify(question).isEmpty()
                && memo.nowhere(question, turn.lang) && route.apply(turn.withText(question)).rule().isEmpty();
    }

    /** {@code reply} with a note that each of the {@code outside} questions is nothing the bot knows about. */
    Reply withOutsideNote(Reply reply, List<String> outside) {
        // A fallback offers pages for the whole message: a note disowning one of its questions would contradict the pages
        // offered for it ("wat is een MPN ID en waar vind ik die" got MPN ID pages and "I know nothing about ...").
        if (outside.isEmpty() || reply.type() == ReplyType.FALLBACK) {
            return reply;
        }
        String asked = outside.stream().map(q -> "\"" + q + "\"").collect(Collectors.joining(", "));
        return reply.withNote(texts.get(reply.lang(), known.key("several.outside"), asked));
    }

    /**
     * Whether {@code left} more questions can still change the first answer, after some gave the first's answer
     * ({@code covered}), {@code others} answers of their own and {@code unanswered} notes: only a question that gets the
     * first's answer lets one other answer or note follow it, or two questions that get answers of their own.
     */
    private static boolean changes(boolean covered, int others, int unanswered, int left) {
        if (covered) {
            return others + unanswered + left > 0;
        }
        return others + left >= 2 || left >= 1 && others + unanswered + left - 1 > 0;
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

    /**
     * An answer that tells the question is about the FAQ's things, though no entry or rule is sure: "did you mean"
     * suggestions, or a question back for a date. A question nowhere near them ("can you help me?", said before the
     * real one) gets no note.
     */
    private static boolean nearTheFaq(Reply reply) {
        return reply.type() == ReplyType.CLARIFY || reply.type() == ReplyType.FALLBACK && !reply.suggestions().isEmpty();
    }

    /** True when {@code reply} suggests the entry {@code first} answers from: its question asks the same in other words. */
    private static boolean suggests(Reply reply, Reply first) {
        return reply.suggestions().stream().anyMatch(s -> first.faqId().equals(Optional.of(s.entryId())));
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
