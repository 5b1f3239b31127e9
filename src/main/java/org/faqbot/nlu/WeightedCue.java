package org.faqbot.nlu;

import java.util.Objects;

/** A lower-case cue for an intent and how much it counts. */
public record WeightedCue(String cue, int weight) {

    public WeightedCue {
        Objects.requireNonNull(cue, "cue");
    }
}
