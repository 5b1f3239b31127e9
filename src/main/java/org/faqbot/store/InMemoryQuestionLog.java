package org.faqbot.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The question log in memory: for the console and tests, and lost on exit. */
public final class InMemoryQuestionLog implements QuestionLog {

    private final List<QuestionEvent> events = new ArrayList<>();
    private final List<Feedback> feedback = new ArrayList<>();

    @Override
    public synchronized void record(QuestionEvent event) {
        events.add(event);
    }

    @Override
    public synchronized void record(Feedback item) {
        feedback.add(item);
    }

    @Override
    public synchronized List<QuestionEvent> events(Instant since) {
        return events.stream().filter(e -> !e.at().isBefore(since)).sorted(Comparator.comparing(QuestionEvent::at)).toList();
    }

    @Override
    public synchronized List<Feedback> feedback(Instant since) {
        return feedback.stream().filter(f -> !f.at().isBefore(since)).sorted(Comparator.comparing(Feedback::at)).toList();
    }

    @Override
    public synchronized int deleteOlderThan(Instant cutoff) {
        int before = events.size() + feedback.size();
        events.removeIf(e -> e.at().isBefore(cutoff));
        feedback.removeIf(f -> f.at().isBefore(cutoff));
        return before - events.size() - feedback.size();
    }

    /** A snapshot of all feedback, oldest first. */
    public synchronized List<Feedback> allFeedback() {
        return new ArrayList<>(feedback);
    }
}
