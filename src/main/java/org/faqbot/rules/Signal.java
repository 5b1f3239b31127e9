package org.faqbot.rules;

import java.util.Objects;

/** A lower-case cue that points to a rule's intent, with how much it counts. */
public record Signal(String cue, int weight) {

    public Signal {
        Objects.requireNonNull(cue, "cue");
        if (weight <= 0) {
            throw new IllegalArgumentException("signal weight must be positive: " + weight + " for '" + cue + "'");
        }
    }
}
