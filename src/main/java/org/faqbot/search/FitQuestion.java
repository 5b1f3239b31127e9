package org.faqbot.search;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A question {@link FusionFit} fits on, its candidates and which of them are right, and once scored by a model the top
 * candidate's probability: what {@link FitThresholds} sets the model's thresholds from.
 */
final class FitQuestion {

    private final FusionFit.Case c;
    private final List<DenseSide.Evidence> evidence;
    private final boolean[] right;
    private final double lexicalTop;
    private final boolean lexicalRight;
    private double topProbability;
    private boolean topRight;

    FitQuestion(FusionFit.Case c, List<DenseSide.Evidence> evidence, boolean[] right, double lexicalTop, boolean lexicalRight) {
        this.c = c;
        this.evidence = evidence;
        this.right = right;
        this.lexicalTop = lexicalTop;
        this.lexicalRight = lexicalRight;
    }

    void score(ToDoubleFunction<double[]> probability) {
        topProbability = 0;
        topRight = false;
        for (int i = 0; i < evidence.size(); i++) {
            double p = probability.applyAsDouble(evidence.get(i).features());
            if (p > topProbability) {
                topProbability = p;
                topRight = right[i];
            }
        }
    }

    /** The candidates with their features, either half's alike. */
    List<DenseSide.Evidence> evidence() {
        return evidence;
    }

    /** Whether the {@code i}-th candidate of {@link #evidence} answers the question. */
    boolean right(int i) {
        return right[i];
    }

    FusionFit.Case c() {
        return c;
    }

    double lexicalTop() {
        return lexicalTop;
    }

    boolean lexicalRight() {
        return lexicalRight;
    }

    double topProbability() {
        return topProbability;
    }

    boolean topRight() {
        return topRight;
    }

    /** The best cosine of any of its candidates with the question. */
    double closeness() {
        return Features.closeness(evidenceFeatures());
    }

    /** Each candidate's features. */
    List<double[]> evidenceFeatures() {
        return evidence.stream().map(DenseSide.Evidence::features).toList();
    }

    /** Whether the candidate nearest in meaning is the right one. */
    boolean denseRight() {
        int cosFirst = Features.NAMES.indexOf("cos_first");
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).features()[cosFirst] == 1) {
                return right[i];
            }
        }
        return false;
    }
}
