package org.faqbot.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The home pages' entries that lack what a question is specifically about, in an index that holds other pages too. The
 * home pages' model weighs its own ten entries only, and the corpus's model gives a home entry a feature of its own, so
 * a question about another docs topic that shares the home entry's general words ("download" and "Partner Center" for an
 * invoice) may get that entry first from either tier, though the cosine is low. What tells such a question apart is its
 * most specific word: on none of the home entry's texts, in either language or by a synonym, and in the headings of
 * other pages' entries that the lexical side retrieved with it ("invoice", "factuur"). A chatty question's words of its
 * own ("timing", "boekhouding") are seldom its most specific docs word and seldom a heading's. Thread-safe: stateless.
 */
final class LackingThing {

    /**
     * A missed word is the question's thing when it is on at most this many times the pages of the question's most
     * specific docs word (weights are the logarithm of the pages' share): "factuur" on 92 pages beside "download" on 88.
     */
    static final double PAGES_FACTOR = 1.25;
    /**
     * A question of at most this many content words names its thing in them ("download our invoices in Partner
     * Center"); a longer, chatty one tells its story in words of its own that other pages' headings hold ("sysadmin",
     * "actief"), and the home tier answers those paraphrases right.
     */
    static final int SHORT_QUESTION_WORDS = 6;
    /**
     * A topic's word is on about a tenth of the docs pages or more, so it weighs at most this much (the weights read the
     * background's pages against the corpus's 2,866 entries: "invoice" 3.7, "factuur" 3.4); rarer words ("vs", "timing")
     * are a question's details, which a paraphrase of a home entry may add.
     */
    static final double TOPIC_WEIGHT = 4.5;

    private LackingThing() {
    }

    /**
     * The documents of {@code candidates} on a home page ({@code homeByDoc}) that lack what the question is specifically
     * about ({@link #lacking}), held by another candidate, not of a home page.
     */
    static Set<Integer> homeDocs(List<Candidate> candidates, WordWeights weights, boolean[] homeByDoc) {
        Set<Integer> lacking = new HashSet<>();
        for (Candidate home : candidates) {
            if (homeByDoc[home.doc()] && lacking(home, candidates, weights, c -> !homeByDoc[c.doc()])) {
                lacking.add(home.doc());
            }
        }
        return lacking;
    }

    /**
     * Whether {@code candidate} lacks one of a short question's docs words (known as written or by a synonym, not as a
     * typo or by its parts), a topic's word about as specific as the most specific docs word of the question, or more,
     * that one of {@code others} holds in its heading.
     */
    private static boolean lacking(Candidate candidate, List<Candidate> candidates, WordWeights weights, Predicate<Candidate> others) {
        if (weights.weights().length > SHORT_QUESTION_WORDS) {
            return false;
        }
        double mostSpecific = 0;
        for (int w = 0; w < weights.weights().length; w++) {
            if (docsWord(weights, w)) {
                mostSpecific = Math.max(mostSpecific, weights.weights()[w]);
            }
        }
        for (int w = 0; w < candidate.wordCredits().length; w++) {
            int word = w;
            if (candidate.wordCredits()[w] == 0 && docsWord(weights, w) && weights.weights()[w] <= TOPIC_WEIGHT
                    && weights.weights()[w] >= mostSpecific - Math.log(PAGES_FACTOR)
                    && candidates.stream().anyMatch(c -> others.test(c) && c.wordCredits()[word] > CandidateScorer.ANSWER_CREDIT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean docsWord(WordWeights weights, int w) {
        return !weights.unknown()[w] && weights.knownAs()[w] == QueryWord.Source.WORD;
    }
}
