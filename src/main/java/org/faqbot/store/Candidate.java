package org.faqbot.store;

import java.util.Objects;

/** An entry the search offered for a question, with its confidence in [0,1]. */
public record Candidate(String entryId, double confidence) {

    public Candidate {
        Objects.requireNonNull(entryId, "entryId");
    }
}
