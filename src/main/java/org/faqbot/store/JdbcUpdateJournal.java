package org.faqbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The update journal in table {@code update_journal}, with the highest id ever received in
 * {@code update_journal_mark}. {@link #receive} inserts under the update id as primary key, so two
 * concurrent receipts of one update give exactly one {@code true}; the mark keeps purged ids "seen".
 */
public final class JdbcUpdateJournal implements UpdateJournal {

    private static final String MARK = "SELECT last_update_id FROM update_journal_mark WHERE id = 1";
    private static final String RAISE_MARK = "UPDATE update_journal_mark SET last_update_id = ?"
            + " WHERE id = 1 AND (last_update_id IS NULL OR last_update_id < ?)";
    private static final String INSERT = "INSERT INTO update_journal (update_id, payload, received_at) VALUES (?, ?, ?)";
    private static final String UNANSWERED =
            "SELECT update_id, payload, received_at FROM update_journal WHERE answered_at IS NULL ORDER BY update_id";
    private static final String PURGE = "DELETE FROM update_journal WHERE answered_at IS NOT NULL AND received_at < ?";

    private final Jdbc jdbc;
    private final AnswerMarks marks;

    /** @param marks the writer of "answered" marks, on a connection of its own */
    JdbcUpdateJournal(Jdbc jdbc, AnswerMarks marks) {
        this.jdbc = jdbc;
        this.marks = marks;
    }

    /**
     * {@inheritDoc} Like Telegram's ids, an id at or below the highest one received counts as seen
     * before, even when its row was purged.
     */
    @Override
    public boolean receive(JournaledUpdate update) {
        long id = update.updateId();
        return jdbc.inTransaction("journal update " + id, c -> {
            OptionalLong last = mark(c);
            if (last.isPresent() && id <= last.getAsLong()) {
                return false;
            }
            try {
                Sql.update(c, INSERT, s -> {
                    s.setLong(1, id);
                    s.setString(2, update.payload());
                    Columns.setInstant(s, 3, update.receivedAt());
                });
            } catch (SQLException e) {
                if (Columns.isDuplicateKey(e)) {
                    c.rollback();
                    return false;
                }
                throw e;
            }
            Sql.update(c, RAISE_MARK, s -> {
                s.setLong(1, id);
                s.setLong(2, id);
            });
            return true;
        });
    }

    /** {@inheritDoc} Returns once the mark is committed, in a commit it may share with other marks. */
    @Override
    public void markAnswered(long updateId, Instant at) {
        marks.mark(updateId, at);
    }

    @Override
    public List<JournaledUpdate> unanswered() {
        return jdbc.call("list unanswered updates", c -> Sql.query(c, UNANSWERED, s -> { }, JdbcUpdateJournal::update));
    }

    @Override
    public OptionalLong lastUpdateId() {
        return jdbc.call("read last update id", JdbcUpdateJournal::mark);
    }

    @Override
    public int purgeAnsweredBefore(Instant cutoff) {
        return jdbc.call("purge answered updates", c -> Sql.update(c, PURGE, s -> Columns.setInstant(s, 1, cutoff)));
    }

    private static OptionalLong mark(Connection c) throws SQLException {
        List<OptionalLong> marks = Sql.query(c, MARK, s -> { }, row -> {
            long last = row.getLong(1);
            return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(last);
        });
        return marks.isEmpty() ? OptionalLong.empty() : marks.get(0);
    }

    private static JournaledUpdate update(ResultSet row) throws SQLException {
        return new JournaledUpdate(row.getLong("update_id"), row.getString("payload"), Columns.instant(row, "received_at"));
    }
}
