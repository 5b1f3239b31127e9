package org.faqbot.nlu;

import java.util.Objects;

/** How strongly a message points to an intent: the summed weight of the distinct cues found. */
public record IntentScore(String intent, int score) {

    public IntentScore {
        Objects.requireNonNull(intent, "intent");
    }
}
