package org.faqbot.store;

import java.time.Instant;
import java.util.List;

/** A {@link QuestionLog} that degrades: records queued, nothing read and nothing deleted while the database is away. */
final class ResilientQuestionLog implements QuestionLog {

    private final QuestionLog log;
    private final Degrader degrader;

    ResilientQuestionLog(QuestionLog log, Degrader degrader) {
        this.log = log;
        this.degrader = degrader;
    }

    @Override
    public void record(QuestionEvent event) {
        degrader.write("record question", () -> log.record(event));
    }

    @Override
    public void record(Feedback feedback) {
        degrader.write("record feedback", () -> log.record(feedback));
    }

    @Override
    public List<QuestionEvent> events(Instant since) {
        return degrader.read(() -> log.events(since), List.of());
    }

    @Override
    public List<Feedback> feedback(Instant since) {
        return degrader.read(() -> log.feedback(since), List.of());
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return degrader.read(() -> log.deleteOlderThan(cutoff), 0);
    }
}
