package org.faqbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The question log in tables {@code question_event} and {@code feedback}; candidates are a JSON column. */
public final class JdbcQuestionLog implements QuestionLog {

    /** Longest question text kept; Telegram messages are at most 4096 characters. */
    private static final int MAX_QUESTION = 10_000;

    private static final String INSERT_EVENT =
            "INSERT INTO question_event (asked_at, lang, outcome, question, candidates_json) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_FEEDBACK =
            "INSERT INTO feedback (given_at, lang, entry_id, helpful, question) VALUES (?, ?, ?, ?, ?)";
    private static final String EVENTS = "SELECT asked_at, lang, outcome, question, candidates_json FROM question_event"
            + " WHERE asked_at >= ? ORDER BY asked_at, id";
    private static final String FEEDBACK =
            "SELECT given_at, lang, entry_id, helpful, question FROM feedback WHERE given_at >= ? ORDER BY given_at, id";
    private static final String DELETE_EVENTS = "DELETE FROM question_event WHERE asked_at < ?";
    private static final String DELETE_FEEDBACK = "DELETE FROM feedback WHERE given_at < ?";

    private final Jdbc jdbc;
    private final JsonColumns json;

    JdbcQuestionLog(Jdbc jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(QuestionEvent event) {
        jdbc.call("record question", c -> Sql.update(c, INSERT_EVENT, s -> {
            Columns.setInstant(s, 1, event.at());
            s.setString(2, event.lang().code());
            s.setString(3, event.outcome().name());
            s.setString(4, Columns.clip(event.question(), MAX_QUESTION));
            s.setString(5, json.write(event.candidates()));
        }));
    }

    @Override
    public void record(Feedback feedback) {
        jdbc.call("record feedback", c -> Sql.update(c, INSERT_FEEDBACK, s -> {
            Columns.setInstant(s, 1, feedback.at());
            s.setString(2, feedback.lang().code());
            s.setString(3, feedback.entryId());
            s.setBoolean(4, feedback.helpful());
            s.setString(5, Columns.clip(feedback.question(), MAX_QUESTION));
        }));
    }

    @Override
    public List<QuestionEvent> events(Instant since) {
        return jdbc.call("read question log", c -> Sql.query(c, EVENTS, s -> Columns.setInstant(s, 1, since), this::event));
    }

    @Override
    public List<Feedback> feedback(Instant since) {
        return jdbc.call("read feedback", c -> Sql.query(c, FEEDBACK, s -> Columns.setInstant(s, 1, since), JdbcQuestionLog::feedback));
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.inTransaction("delete old question log records", c ->
                Sql.update(c, DELETE_EVENTS, s -> Columns.setInstant(s, 1, cutoff))
                        + Sql.update(c, DELETE_FEEDBACK, s -> Columns.setInstant(s, 1, cutoff)));
    }

    private QuestionEvent event(ResultSet row) throws SQLException {
        return new QuestionEvent(
                Columns.instant(row, "asked_at"),
                Columns.lang(row, "lang"),
                QuestionEvent.Outcome.valueOf(row.getString("outcome")),
                row.getString("question"),
                json.candidates(row.getString("candidates_json")));
    }

    private static Feedback feedback(ResultSet row) throws SQLException {
        return new Feedback(
                Columns.instant(row, "given_at"),
                Columns.lang(row, "lang"),
                row.getString("entry_id"),
                row.getBoolean("helpful"),
                row.getString("question"));
    }
}
