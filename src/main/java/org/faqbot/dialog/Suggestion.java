package org.faqbot.dialog;

import java.util.Objects;

/**
 * A "did you mean" candidate: an entry and its question in the reply's language.
 *
 * @param confidence the search confidence in [0,1]
 */
public record Suggestion(String entryId, String question, double confidence) {

    public Suggestion {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(question, "question");
    }
}
