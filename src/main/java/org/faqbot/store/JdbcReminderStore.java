package org.faqbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reminders in table {@code reminder}. {@link #claimDue} locks the due rows with
 * {@code FOR UPDATE SKIP LOCKED} in one transaction and marks them CLAIMED with the claim time, so
 * instances sharing a PostgreSQL database each get different reminders and never wait on each other.
 * H2 accepts the same statement (and has one instance anyway), so both databases share this path.
 */
public final class JdbcReminderStore implements ReminderStore {

    private static final String COLUMNS = "id, user_id, chat_id, lang, intent, event_date, days_before, due_at, status";
    private static final String INSERT = "INSERT INTO reminder (user_id, chat_id, lang, intent, event_date, days_before, due_at,"
            + " status) VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')";
    private static final String PENDING =
            "SELECT " + COLUMNS + " FROM reminder WHERE user_id = ? AND status = 'SCHEDULED' ORDER BY due_at, id";
    // A cancelled reminder is deleted, not marked: kept, it would be personal data that /mydata does not show.
    private static final String CANCEL = "DELETE FROM reminder WHERE id = ? AND user_id = ? AND status = 'SCHEDULED'";
    private static final String DUE = "SELECT " + COLUMNS + " FROM reminder WHERE due_at <= ?"
            + " AND (status = 'SCHEDULED' OR (status = 'CLAIMED' AND claimed_at <= ?))"
            + " ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String CLAIM = "UPDATE reminder SET status = 'CLAIMED', claimed_at = ? WHERE id = ?";
    private static final String FINISH = "DELETE FROM reminder WHERE id = ?";
    private static final String DELETE_USER = "DELETE FROM reminder WHERE user_id = ?";

    private final Jdbc jdbc;

    JdbcReminderStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Reminder schedule(Reminder reminder) {
        return jdbc.call("schedule reminder", c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT, new String[] {"id"})) {
                bindNew(s, reminder);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return stored(reminder, keys.getLong(1));
                }
            }
        });
    }

    @Override
    public List<Reminder> pending(String userId) {
        return jdbc.call("list reminders", c -> Sql.query(c, PENDING, s -> s.setString(1, userId), JdbcReminderStore::reminder));
    }

    @Override
    public boolean cancel(String userId, long id) {
        return jdbc.call("cancel reminder " + id, c -> Sql.update(c, CANCEL, s -> {
            s.setLong(1, id);
            s.setString(2, userId);
        })) == 1;
    }

    @Override
    public List<Reminder> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.inTransaction("claim due reminders", c -> {
            List<Reminder> due = Sql.query(c, DUE, s -> {
                Columns.setInstant(s, 1, now);
                Columns.setInstant(s, 2, now.minus(lease));
                s.setInt(3, limit);
            }, JdbcReminderStore::reminder);
            markClaimed(c, due, now);
            return due.stream().map(r -> r.withStatus(Reminder.Status.CLAIMED)).toList();
        });
    }

    @Override
    public void finish(long id) {
        jdbc.call("finish reminder " + id, c -> finish(c, id));
    }

    /** Deletes the reminder on {@code c}, in its transaction; returns how many rows went (0 when it was gone). */
    static int finish(Connection c, long id) throws SQLException {
        return Sql.update(c, FINISH, s -> s.setLong(1, id));
    }

    /**
     * {@inheritDoc} The reminders' rows go first: on PostgreSQL a reminder being handed to the outbox at that
     * moment is locked, so this waits for the handover and then removes the messages it queued.
     */
    @Override
    public int deleteUser(String userId) {
        return jdbc.inTransaction("delete reminders of a user", c -> Sql.update(c, DELETE_USER, s -> s.setString(1, userId))
                + JdbcOutboxStore.removeReminders(c, userId));
    }


    /** The reminder as the table now holds it: its id, SCHEDULED, and its due time to the microsecond. */
    private static Reminder stored(Reminder r, long id) {
        return new Reminder(id, r.userId(), r.chatId(), r.lang(), r.intent(), r.eventDate(), r.daysBefore(),
                Columns.stored(r.dueAt()), Reminder.Status.SCHEDULED);
    }

    private static void markClaimed(Connection c, List<Reminder> due, Instant now) throws SQLException {
        if (due.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(CLAIM)) {
            for (Reminder r : due) {
                Columns.setInstant(s, 1, now);
                s.setLong(2, r.id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindNew(PreparedStatement s, Reminder r) throws SQLException {
        s.setString(1, r.userId());
        s.setString(2, r.chatId());
        s.setString(3, r.lang().code());
        s.setString(4, r.intent());
        Columns.setDate(s, 5, r.eventDate());
        s.setInt(6, r.daysBefore());
        Columns.setInstant(s, 7, r.dueAt());
    }

    private static Reminder reminder(ResultSet row) throws SQLException {
        return new Reminder(
                row.getLong("id"),
                row.getString("user_id"),
                row.getString("chat_id"),
                Columns.lang(row, "lang"),
                row.getString("intent"),
                Columns.date(row, "event_date"),
                row.getInt("days_before"),
                Columns.instant(row, "due_at"),
                Reminder.Status.valueOf(row.getString("status")));
    }
}
