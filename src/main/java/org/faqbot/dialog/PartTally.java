package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the further questions of a message that asks several got, question by question ({@link SeveralQuestions}):
 * the first's answer again, an answer of their own, no sure answer, or a lean on the first question. Kept by the
 * question's place in the message, so that the answers and the note name them in message order whatever order they
 * were answered in: when the message's answer as a whole is a later question's, the questions before it are answered
 * before it, and the questions past the most answers are the last ones asked. Not thread-safe: one per message.
 */
final class PartTally {

    /**
     * Answers beside the first at most: a message of four questions is a list, and Telegram splits long texts. The
     * questions past them are named in the note.
     */
    private static final int MOST_OTHERS = 2;

    private final Reply first;
    private final SortedMap<Integer, Reply> byPart = new TreeMap<>();
    // Every question with a sure answer, the first's included (as the first), to put the answers in message order.
    private final SortedMap<Integer, Reply> answeredByPart = new TreeMap<>();
    private final SortedMap<Integer, String> unansweredByPart = new TreeMap<>();
    // "... and what does it cost?" after an FAQ answer of no rule: its "it" is the first question's thing, which the
    // first answer may not cost out; no rule's answer to a date question covers it either.
    private final SortedMap<Integer, String> leaningByPart = new TreeMap<>();
    private boolean covered;
    private final java.util.function.Predicate<String> namesThing;

    /**
     * A tally for the further questions of a message whose answer as a whole is {@code first}; {@code namesThing} tells a
     * question that names one of the rules' things.
     */
    PartTally(Reply first, java.util.function.Predicate<String> namesThing) {
        this.first = first;
        this.namesThing = namesThing;
    }

    /**
     * Whether {@code left} more questions can still change the first answer: only a question that gets the first's
     * answer lets one other answer or note follow it, or two questions that get answers of their own.
     */
    boolean canChange(int left) {
        int others = byPart.size();
        int unanswered = unansweredByPart.size() + leaningByPart.size();
        if (covered) {
            return others + unanswered + left > 0;
        }
        return others + left >= 2 || left >= 1 && others + unanswered + left - 1 > 0;
    }

    /** Notes that the question at {@code part} leans on the first question, to be named in the note. */
    void leaning(int part, String question) {
        leaningByPart.put(part, question);
    }

    /** Sorts {@code reply}, the own answer of the question at {@code part}. */
    void add(int part, String question, Reply reply) {
        if (SeveralQuestions.sameAnswer(reply, first)) {
            covered = true;
            answeredByPart.put(part, first);
        } else if (SeveralQuestions.confident(reply)) {
            if (byPart.values().stream().noneMatch(o -> SeveralQuestions.sameAnswer(o, reply))) {
                byPart.put(part, reply);
            }
            answeredByPart.put(part, reply);
        } else if ((nearTheFaq(reply) || namedThing(question, reply)) && !suggests(reply, first)) {
            unansweredByPart.put(part, question);
        }
    }

    /** Whether some question got the first's answer by itself. */
    boolean covered() {
        return covered;
    }

    /**
     * The answers the reply gives, in message order, at most {@link #MOST_OTHERS} beside the first: the first question
     * answered leads (the message's answer as a whole leads only when some question got it by itself, at that
     * question's place; else no question asked it, and it leads the questions' own answers).
     */
    List<Reply> shown() {
        List<Reply> shown = new ArrayList<>();
        if (!covered) {
            shown.add(first);
        }
        for (Reply reply : answeredByPart.values()) {
            if (shown.size() < MOST_OTHERS + 1 && shown.stream().noneMatch(s -> s == reply || SeveralQuestions.sameAnswer(s, reply))) {
                shown.add(reply);
            }
        }
        return shown;
    }

    /**
     * The note of the message whose questions are {@code questions}: a question past the most answers, one without a
     * sure answer and one leaning on the first are all named, in message order, so that none is dropped without a word.
     */
    UnansweredNote unanswered(List<String> questions) {
        SortedMap<Integer, String> unsureByPart = new TreeMap<>(unansweredByPart);
        unsureByPart.putAll(leaningByPart);
        List<Reply> shown = shown();
        List<String> leftOut = answeredByPart.entrySet().stream()
                .filter(e -> shown.stream().noneMatch(s -> s == e.getValue() || SeveralQuestions.sameAnswer(s, e.getValue())))
                .map(e -> questions.get(e.getKey())).toList();
        return new UnansweredNote(List.copyOf(unsureByPart.values()), leftOut);
    }

    /** The note naming only the questions that lean on the first. */
    UnansweredNote leaningOnly() {
        return new UnansweredNote(List.copyOf(leaningByPart.values()), List.of());
    }

    /**
     * An answer that tells the question is about the FAQ's things, though no entry or rule is sure: "did you mean"
     * suggestions, or a question back for a date. A question nowhere near them ("can you help me?", said before the
     * real one) gets no note.
     */
    private static boolean nearTheFaq(Reply reply) {
        return reply.type() == ReplyType.CLARIFY || reply.type() == ReplyType.FALLBACK && !reply.suggestions().isEmpty();
    }

    /**
     * A question that names one of the rules' things and gets no answer ("can I reassign the licences?", asked with the
     * VS subscriptions): it is about the FAQ's things though no entry is near, so it is named, not dropped.
     */
    private boolean namedThing(String question, Reply reply) {
        return reply.type() == ReplyType.FALLBACK && namesThing.test(question);
    }

    /** True when {@code reply} suggests the entry {@code first} answers from: its question asks the same in other words. */
    private static boolean suggests(Reply reply, Reply first) {
        return reply.suggestions().stream().anyMatch(s -> first.faqId().equals(Optional.of(s.entryId())));
    }
}
