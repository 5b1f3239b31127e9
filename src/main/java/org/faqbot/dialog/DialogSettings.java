package org.faqbot.dialog;

import java.time.Duration;

/**
 * How the conversation core decides.
 *
 * @param answerThreshold  the search confidence in [0,1] at or above which the bot answers from an entry
 * @param suggestionFloor  the confidence below which a candidate is not worth suggesting
 * @param maxSuggestions   how many "did you mean" candidates to offer at most
 * @param pendingTtl       how long a question the bot asked back stays open (15 minutes)
 * @param intentThreshold  the cue score at or above which a message asks about a date rule
 */
public record DialogSettings(
        double answerThreshold, double suggestionFloor, int maxSuggestions, Duration pendingTtl, int intentThreshold) {

    public static final Duration PENDING_TTL = Duration.ofMinutes(15);

    public DialogSettings {
        if (answerThreshold < 0 || answerThreshold > 1) {
            throw new IllegalArgumentException("answer threshold must be in [0,1]: " + answerThreshold);
        }
    }

    public static DialogSettings withThreshold(double answerThreshold) {
        return new DialogSettings(answerThreshold, Math.min(answerThreshold, 0.15), 3, PENDING_TTL, 3);
    }
}
