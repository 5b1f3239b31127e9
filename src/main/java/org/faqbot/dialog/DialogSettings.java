package org.faqbot.dialog;

import java.time.Duration;

/**
 * How the conversation core decides.
 *
 * @param suggestionFloor  the confidence below which the best candidate is not worth suggesting unless the question
 *                         is near the knowledge base's topics ({@code SearchResult#near()}; whether it answers is
 *                         the search's call: {@code SearchResult#answer()})
 * @param alternativeFloor the confidence a further candidate needs to be suggested after the best one
 * @param maxSuggestions   how many "did you mean" candidates to offer at most
 * @param pendingTtl       how long a question the bot asked back stays open (15 minutes)
 * @param intentThreshold  the cue score at or above which a message asks about a date rule
 */
public record DialogSettings(
        double suggestionFloor, double alternativeFloor, int maxSuggestions, Duration pendingTtl, int intentThreshold) {

    public static final Duration PENDING_TTL = Duration.ofMinutes(15);

    /** The suggestion floor every searcher's threshold lies above; the fit measures its models' closeness under it. */
    static final double SUGGESTION_FLOOR = org.faqbot.search.FusionModel.SUGGESTION_FLOOR;

    /**
     * The fused probabilities are sharp: for a vague question ("benefits") the best candidate may reach
     * 0.2 and the next ones, still about the question, 0.5-5%, while entries about something else sit
     * under 0.1%. Held to the first one's floor, such a question got one suggestion, or none.
     */
    static final double ALTERNATIVE_FLOOR = 0.005;

    public DialogSettings {
        if (suggestionFloor < 0 || suggestionFloor > 1) {
            throw new IllegalArgumentException("suggestion floor must be in [0,1]: " + suggestionFloor);
        }
        if (alternativeFloor < 0 || alternativeFloor > suggestionFloor) {
            throw new IllegalArgumentException("alternative floor must be in [0, suggestion floor]: " + alternativeFloor);
        }
    }

    public static DialogSettings standard() {
        return new DialogSettings(SUGGESTION_FLOOR, ALTERNATIVE_FLOOR, 3, PENDING_TTL, 3);
    }
}
