package org.faqbot.dialog;

import java.time.Duration;

/**
 * How the conversation core decides.
 *
 * @param suggestionFloor  the confidence below which a candidate is not worth suggesting (whether the
 *                         best one answers is the search's call: {@code SearchResult#answer()})
 * @param maxSuggestions   how many "did you mean" candidates to offer at most
 * @param pendingTtl       how long a question the bot asked back stays open (15 minutes)
 * @param intentThreshold  the cue score at or above which a message asks about a date rule
 */
public record DialogSettings(
        double suggestionFloor, int maxSuggestions, Duration pendingTtl, int intentThreshold) {

    public static final Duration PENDING_TTL = Duration.ofMinutes(15);

    /** The suggestion floor every searcher's threshold lies above. */
    static final double SUGGESTION_FLOOR = 0.15;

    public DialogSettings {
        if (suggestionFloor < 0 || suggestionFloor > 1) {
            throw new IllegalArgumentException("suggestion floor must be in [0,1]: " + suggestionFloor);
        }
    }

    public static DialogSettings standard() {
        return new DialogSettings(SUGGESTION_FLOOR, 3, PENDING_TTL, 3);
    }
}
