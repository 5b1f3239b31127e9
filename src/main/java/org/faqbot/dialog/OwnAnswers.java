package org.faqbot.dialog;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.faqbot.kb.Lang;
import org.faqbot.search.SearchResult;
import org.faqbot.store.PendingQuestion;

/**
 * The answer of one question of a message that asks several ({@link SeveralQuestions}), at the least cost: searched by
 * the cascade's cheap stages first ({@link PartSearch}), and read with the message's statements before it only when they
 * can change its answer. One per message: it keeps the message's cheap searches, and the rule question each answer
 * worked out, which the conversation keeps to say the answer again in the other language.
 */
final class OwnAnswers {

    /** How a question is answered with a given search: {@link QuestionFlow}'s answer to a question on its own. */
    interface Answering {
        Reply answer(Turn turn, BiFunction<String, Lang, SearchResult> search);
    }

    private final PartSearch.Memo search;
    private final Function<Turn, RuleRouter.Routing> route;
    private final Answering answer;
    private final Map<Reply, PendingQuestion> worked = new IdentityHashMap<>();
    // The turn each answer was given on, whose state is the message's when that answer leads the reply.
    private final Map<Reply, Turn> turns = new IdentityHashMap<>();

    OwnAnswers(PartSearch.Memo search, Function<Turn, RuleRouter.Routing> route, Answering answer) {
        this.search = search;
        this.route = route;
        this.answer = answer;
    }

    /** Whether the cheap stages alone answer {@code question}, or tell that nothing does: it costs no encoding. */
    boolean cheap(String question, Lang lang) {
        return search.decided(question, lang);
    }

    /**
     * A question's own answer: asked alone, as the user would ask it on its own; with the message's statements before
     * it when they give it a date of its own to work out, another rule than the first answer's ("tot wanneer werkt de
     * key?" after "de key op 1 november ingewisseld" is the key's date, not the FAQ's general answer). The statements go
     * before it only when they can change its answer: they give it a date or a rule's thing it lacks, or it has no sure
     * answer alone (then their words may name its topic). A question that the statements give the first's rule, and
     * that the cheap stages cannot answer alone, is the first's question: it is not searched alone with the encoder.
     */
    Reply of(Turn turn, String question, String context, Reply first) {
        Turn alone = turn.withText(question);
        if (context.isEmpty()) {
            return ask(alone, search::cheapFirst);
        }
        Turn withContext = turn.withText(context + " " + question);
        if (!giveDateOrThing(withContext, alone)) {
            Reply own = ask(alone, search::cheapFirst);
            return SeveralQuestions.confident(own) ? own : orTold(own, ask(withContext, search::cheapFirst));
        }
        Reply cheap = ask(alone, search::cheapOnly);
        if (cheap.type() == ReplyType.RULE) {
            return cheap;
        }
        Reply told = ask(withContext, search::cheapFirst);
        if (told.type() == ReplyType.RULE && !SeveralQuestions.sameAnswer(told, first)) {
            return told;
        }
        if (SeveralQuestions.confident(cheap) || told.type() == ReplyType.RULE) {
            return SeveralQuestions.confident(cheap) ? cheap : told;
        }
        return orTold(ask(alone, search::cheapFirst), told);
    }

    /** The rule question the answer {@code reply} of a question of this message worked out or asked back, if any. */
    Optional<PendingQuestion> worked(Reply reply) {
        return Optional.ofNullable(worked.get(reply));
    }

    /** {@code turn}'s answer, noting the rule question it left on the turn (whose state the message does not keep). */
    private Reply ask(Turn turn, BiFunction<String, Lang, SearchResult> search) {
        Reply reply = answer.answer(turn, search);
        turns.put(reply, turn);
        turn.pending().filter(p -> reply.intent().equals(Optional.of(p.intent()))).ifPresent(p -> worked.put(reply, p));
        return reply;
    }

    /**
     * Makes {@code lead}, a question's own answer, the one the conversation goes on from ("how many days left?" is about
     * it): {@code kept}, where the message's answer as a whole ({@code first}) left its state, takes the state {@code
     * lead} left; the rule question {@code first} worked out is noted, to say it again among the other answers.
     */
    void lead(Turn kept, Reply lead, Reply first) {
        kept.pending().filter(p -> first.intent().equals(Optional.of(p.intent()))).ifPresent(p -> worked.put(first, p));
        kept.takeStateOf(turns.get(lead));
    }

    private static Reply orTold(Reply own, Reply told) {
        return !SeveralQuestions.confident(own) && SeveralQuestions.confident(told) ? told : own;
    }

    /** Whether the statements give the question a date, or a rule's thing, that it has not on its own. */
    private boolean giveDateOrThing(Turn withContext, Turn alone) {
        RuleRouter.Routing told = route.apply(withContext);
        RuleRouter.Routing own = route.apply(alone);
        return told.hasDates() && !own.hasDates() || told.rule().isPresent() && !told.rule().equals(own.rule());
    }
}
