package org.faqbot.store;

import java.time.Instant;
import java.util.Objects;
import org.faqbot.kb.Lang;

/**
 * A 👍 or 👎 on an answer. Carries no user id.
 *
 * @param at       when it was given
 * @param lang     the language of the answer
 * @param entryId  the entry that was answered
 * @param helpful  true for 👍
 * @param question the question that was answered, when known (else empty)
 */
public record Feedback(Instant at, Lang lang, String entryId, boolean helpful, String question) {

    public Feedback {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(question, "question");
    }
}
