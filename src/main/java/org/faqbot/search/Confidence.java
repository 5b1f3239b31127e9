package org.faqbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.faqbot.kb.EntryKind;

/**
 * Turns a question's candidates into hits with confidences in [0,1] that mean the same across
 * questions, where raw BM25 scores do not (they grow with the question's length and words).
 *
 * <p>confidence = coverage x (1 - e^(-matchedWeight / {@value #EVIDENCE_SCALE})): the weighted share of
 * the question's content words the entry has, damped when the matched words carry little specific
 * evidence in absolute terms (a lone "Azure" or "Partner Center" matches fully but says nothing).
 * Candidates are ranked by BM25, which orders entries for one question better than coverage does,
 * Q&amp;A before passages of similar score; a lower-ranked hit is never given more confidence than the
 * one above it. A question of one concept gets a third: it names a topic, and suggestions serve it better.
 */
final class Confidence {

    /** The matched weight (about two specific words' worth) at which the damping is 1 - 1/e. */
    static final double EVIDENCE_SCALE = 2.0;
    /**
     * A passage's score counts this much against a Q&amp;A's: a question heading is the better answer.
     * Over the whole corpus, sections that merely share a question's words (a report's "Visual Studio
     * subscriptions" column, a claims page's dates) outranked the Q&amp;A that answers it at 0.8; at 0.5
     * the holdout questions against the corpus went from 0.714/0.730 to 0.825/0.873 top-1 (nl/en). It only
     * orders the candidates: a passage keeps its own confidence, so one that scores more than twice as high
     * as every Q&amp;A still comes first and answers.
     */
    static final double PASSAGE_FACTOR = 0.5;

    private Confidence() {
    }

    /** A question of a single concept ("Visual Studio?", "licenties") names a topic: at most a suggestion. */
    static final double SINGLE_CONCEPT_FACTOR = 0.3;

    /** The candidates of a question of {@code concepts} concepts, with their confidence, best first. */
    static List<ScoredCandidate> rank(List<Candidate> candidates, int concepts) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Confidence::rankScore).reversed());
        List<ScoredCandidate> scored = new ArrayList<>(ranked.size());
        double ceiling = 1;
        for (Candidate candidate : ranked) {
            ceiling = Math.min(ceiling, of(candidate) * (concepts <= 1 ? SINGLE_CONCEPT_FACTOR : 1));
            scored.add(new ScoredCandidate(candidate, ceiling));
        }
        return scored;
    }

    /** The confidence of one candidate, on its own evidence. */
    static double of(Candidate candidate) {
        double damping = 1 - Math.exp(-candidate.matchedWeight() / EVIDENCE_SCALE);
        return Math.max(0, Math.min(1, candidate.coverage() * damping));
    }

    private static double rankScore(Candidate candidate) {
        double score = candidate.score() * (QUESTION_COVERAGE_FLOOR + candidate.questionCoverage());
        return candidate.entry().kind() == EntryKind.QA ? score : score * PASSAGE_FACTOR;
    }

    /**
     * Ranking multiplies BM25 by this plus the share of the entry's own question that the user's
     * question covers: an entry whose heading the user all but repeated beats one that merely shares
     * generic words ("Partner Center", "menu") with its steps.
     */
    static final double QUESTION_COVERAGE_FLOOR = 2;
}
