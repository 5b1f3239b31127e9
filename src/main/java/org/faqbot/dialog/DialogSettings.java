package org.faqbot.dialog;

import java.time.Duration;

/**
 * How the conversation core decides. The floor from which a best candidate is worth suggesting is not here: it is the
 * fusion model's own ({@code FusionModel#suggestionFloor}), as its threshold is, and comes with each search result
 * ({@code SearchResult#suggestionFloor}): a refit moves every chance, and with the whole corpus the home tier's hits
 * and the corpus's carry two models' chances.
 *
 * @param alternativeFloor the confidence a further candidate needs to be suggested after the best one
 * @param maxSuggestions   how many "did you mean" candidates to offer at most
 * @param pendingTtl       how long a question the bot asked back stays open (15 minutes)
 * @param intentThreshold  the cue score at or above which a message asks about a date rule
 */
public record DialogSettings(double alternativeFloor, int maxSuggestions, Duration pendingTtl, int intentThreshold) {

    public static final Duration PENDING_TTL = Duration.ofMinutes(15);

    /**
     * The fused probabilities are sharp: for a vague question ("benefits") the best candidate may reach
     * 0.2 and the next ones, still about the question, 0.5-5%, while entries about something else sit
     * under 0.1%. Held to the first one's floor, such a question got one suggestion, or none.
     */
    static final double ALTERNATIVE_FLOOR = 0.005;

    public DialogSettings {
        if (alternativeFloor < 0 || alternativeFloor > 1) {
            throw new IllegalArgumentException("alternative floor must be in [0,1]: " + alternativeFloor);
        }
    }

    public static DialogSettings standard() {
        return new DialogSettings(ALTERNATIVE_FLOOR, 3, PENDING_TTL, 3);
    }
}
