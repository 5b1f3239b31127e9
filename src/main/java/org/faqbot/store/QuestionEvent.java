package org.faqbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.faqbot.kb.Lang;

/**
 * One question the bot handled, for the maintainers' report. Carries no user id.
 *
 * @param at         when it was asked
 * @param lang       the question's language
 * @param outcome    how the bot answered
 * @param question   the question text (kept for unanswered questions and feedback; may be empty otherwise)
 * @param candidates the search's top candidates with their confidence, best first
 */
public record QuestionEvent(Instant at, Lang lang, Outcome outcome, String question, List<Candidate> candidates) {

    /** How a question was handled. */
    public enum Outcome {
        /** Answered from a knowledge-base entry. */
        ANSWERED,
        /** Answered by a date rule. */
        RULE,
        /** Below the confidence threshold: fell back. */
        UNANSWERED
    }

    public QuestionEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(question, "question");
        candidates = List.copyOf(candidates);
    }
}
