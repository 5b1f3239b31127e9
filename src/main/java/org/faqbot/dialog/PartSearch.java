package org.faqbot.dialog;

import java.util.HashMap;
import java.util.Map;
import org.faqbot.kb.Lang;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.SearchResult;

/**
 * The search of a message's further questions ({@link SeveralQuestions}): the search cascade's cheap stages (the lexical
 * side, the word vectors) first, and the encoder only for a question they cannot decide. Each part of a message costs
 * a search of its own, and with the encoder a long message of two questions cost three times its single answer.
 */
final class PartSearch {

    /**
     * The words stage's best probability below which the encoder is not asked: no question of the fitting and development
     * sets read that low by the word vectors (the lowest was 0.10) got an answer or suggestions from the whole search.
     * Such a question ("and what exactly is the difference?", without its topic) is about nothing the FAQ answers.
     */
    static final double HOPELESS = 0.05;

    /** A threshold no probability reaches. */
    private static final double NEVER = 2;

    private final FaqResponder faq;

    PartSearch(FaqResponder faq) {
        this.faq = faq;
    }

    /** The searches of one message's questions, each question's cheap stages run once. */
    Memo memo() {
        return new Memo();
    }

    /** Whether the encoder would not change the answer: a cheap stage is sure, or finds nothing near enough to ask it. */
    static boolean decided(FaqIndex.CheapResult cheap) {
        return cheap.sure() || cheap.result().top().map(hit -> hit.confidence() < HOPELESS).orElse(true);
    }

    /** The searches of one message ({@link #memo}); not shared between threads. */
    final class Memo {

        private final Map<String, FaqIndex.CheapResult> cheap = new HashMap<>();

        private FaqIndex.CheapResult cheap(String question, Lang lang) {
            return cheap.computeIfAbsent(lang + " " + question, k -> faq.searchCheaply(question, lang));
        }

        /** Whether the cheap stages decide {@code question}: it costs no encoding. */
        boolean decided(String question, Lang lang) {
            return PartSearch.decided(cheap(question, lang));
        }

        /** The cheap stages' result when they are sure, or sure that nothing answers; else the whole search's. */
        SearchResult cheapFirst(String question, Lang lang) {
            FaqIndex.CheapResult found = cheap(question, lang);
            return PartSearch.decided(found) ? found.result() : faq.search(found);
        }

        /** Whether the cheap stages find nothing near {@code question}: no entry is worth the encoder's look. */
        boolean nowhere(String question, Lang lang) {
            FaqIndex.CheapResult found = cheap(question, lang);
            return !found.sure() && found.result().top().map(hit -> hit.confidence() < HOPELESS).orElse(true);
        }

        /**
         * The cheap stages' result, which answers only when they are decided (an undecided one keeps its hits, the
         * suggestions): for a reading of a question that another, sure, reading may stand for.
         */
        SearchResult cheapOnly(String question, Lang lang) {
            FaqIndex.CheapResult found = cheap(question, lang);
            SearchResult result = found.result();
            return PartSearch.decided(found) ? result : new SearchResult(result.hits(), NEVER, false, result.otherThing(), result.suggestionFloor());
        }
    }
}
