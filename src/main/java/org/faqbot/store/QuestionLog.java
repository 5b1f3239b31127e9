package org.faqbot.store;

import java.time.Instant;
import java.util.List;

/** The anonymous log of handled questions and feedback that the maintainers' report reads. Thread-safe. */
public interface QuestionLog {

    void record(QuestionEvent event);

    void record(Feedback feedback);

    /** Events at or after {@code since}, oldest first. */
    List<QuestionEvent> events(Instant since);

    /** Feedback at or after {@code since}, oldest first. */
    List<Feedback> feedback(Instant since);

    /** Deletes events and feedback older than {@code cutoff}; returns how many records went. */
    int deleteOlderThan(Instant cutoff);
}
