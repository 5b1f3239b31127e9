package org.faqbot.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns a question's candidates into confidences in [0,1] that mean the same across questions. */
final class Confidence {

    private Confidence() {
    }

    /** The candidates with their confidence, best first. */
    static List<ScoredCandidate> rank(List<Candidate> candidates) {
        List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            scored.add(new ScoredCandidate(candidate, of(candidate)));
        }
        scored.sort(Comparator.comparingDouble(ScoredCandidate::confidence).reversed()
                .thenComparing(Comparator.comparingDouble((ScoredCandidate s) -> s.candidate().score()).reversed()));
        return scored;
    }

    static double of(Candidate candidate) {
        double value = 0.7 * candidate.coverage() + 0.3 * candidate.questionCoverage();
        return Math.max(0, Math.min(1, value * (1 - Math.exp(-candidate.matchedWeight() / 2.0))));
    }
}
