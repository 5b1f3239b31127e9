package org.faqbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outbox in table {@code telegram_outbox}. A claim is one conditional update (claimed by nobody, or
 * longer ago than the lease), so of several instances exactly one gets a message, on H2 and PostgreSQL
 * alike, without locks held across the send. A reminder's messages are queued in the transaction that
 * deletes it from table {@code reminder}, and an answer's in the transaction that marks its update answered in
 * table {@code update_journal}: both share the database.
 */
final class JdbcOutboxStore implements OutboxStore {

    private static final String CHATS = "SELECT DISTINCT chat_id FROM telegram_outbox";
    // A chat's oldest row only: its later rows wait behind it even when they are due.
    private static final String DUE_HEADS = "SELECT " + OutboxRows.COLUMNS + " FROM telegram_outbox o"
            + " WHERE o.id = (SELECT MIN(h.id) FROM telegram_outbox h WHERE h.chat_id = o.chat_id)"
            + " AND o.next_try_at <= ? AND (o.claimed_at IS NULL OR o.claimed_at <= ?) ORDER BY o.id LIMIT ?";
    private static final String CLAIM = "UPDATE telegram_outbox SET claimed_at = ?"
            + " WHERE id = ? AND (claimed_at IS NULL OR claimed_at <= ?)";
    private static final String REMOVE = "DELETE FROM telegram_outbox WHERE id = ?";
    private static final String RETRY_LATER = "UPDATE telegram_outbox SET attempts = ?, next_try_at = ?, claimed_at = NULL"
            + " WHERE id = ?";
    // Counted in the row, not set from what the sender read: the count only ever grows by the failure just seen.
    private static final String RETRY_AFTER_UNEXPECTED = "UPDATE telegram_outbox SET attempts = ?, next_try_at = ?,"
            + " claimed_at = NULL, unexpected_failures = unexpected_failures + 1 WHERE id = ?";
    private static final String REMOVE_CHAT = "DELETE FROM telegram_outbox WHERE chat_id = ?";
    private static final String REMOVE_OLD_ANSWERS = "DELETE FROM telegram_outbox WHERE reminder_due_at IS NULL"
            + " AND first_tried_at < ?";
    private static final String REMOVE_USERS_REMINDERS = "DELETE FROM telegram_outbox WHERE reminder_user_id = ?";
    private static final String REMOVE_REMINDERS_ABOUT = "DELETE FROM telegram_outbox WHERE reminder_user_id = ?"
            + " AND reminder_intent = ?";
    private static final String QUEUED_REMINDERS = "SELECT reminder_user_id, reminder_intent, reminder_due_at"
            + " FROM telegram_outbox WHERE reminder_user_id = ? GROUP BY reminder_user_id, reminder_intent, reminder_due_at"
            + " ORDER BY MIN(id)";
    private static final String REMOVE_LATE_REMINDERS = "DELETE FROM telegram_outbox WHERE reminder_due_at < ?";

    private final Jdbc jdbc;

    JdbcOutboxStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(QueuedMessage m) {
        jdbc.call("queue a Telegram message", c -> OutboxRows.insert(c, m));
    }

    /**
     * The reminder's row is deleted first: on PostgreSQL that locks it, so a second try holding an expired
     * claim waits for this transaction and then finds nothing to delete, and queues nothing.
     */
    @Override
    public boolean addReminder(long reminderId, List<QueuedMessage> messages) {
        return jdbc.inTransaction("queue the Telegram messages of reminder " + reminderId, c -> {
            if (JdbcReminderStore.finish(c, reminderId) == 0) {
                return false;
            }
            for (QueuedMessage m : messages) {
                OutboxRows.insert(c, m);
            }
            return true;
        });
    }

    @Override
    public void addAnswer(long updateId, Instant answeredAt, List<QueuedMessage> messages) {
        jdbc.inTransaction("queue the Telegram answer to update " + updateId, c -> {
            for (QueuedMessage m : messages) {
                OutboxRows.insert(c, m);
            }
            return AnswerMarks.mark(c, updateId, answeredAt);
        });
    }

    /** Removes the user's queued reminder messages on {@code c}, in its transaction; returns how many went. */
    static int removeReminders(Connection c, String userId) throws SQLException {
        return Sql.update(c, REMOVE_USERS_REMINDERS, s -> s.setString(1, userId));
    }

    @Override
    public Set<Long> chats() {
        return new HashSet<>(jdbc.call("list chats with queued Telegram messages",
                c -> Sql.query(c, CHATS, s -> { }, row -> row.getLong(1))));
    }

    @Override
    public List<QueuedMessage> dueHeads(Instant now, Duration lease, int limit) {
        return jdbc.call("list due Telegram messages", c -> Sql.query(c, DUE_HEADS, s -> {
            Columns.setInstant(s, 1, now);
            Columns.setInstant(s, 2, now.minus(lease));
            s.setInt(3, limit);
        }, OutboxRows::message));
    }

    @Override
    public boolean claim(long id, Instant now, Duration lease) {
        return jdbc.call("claim queued Telegram message " + id, c -> Sql.update(c, CLAIM, s -> {
            Columns.setInstant(s, 1, now);
            s.setLong(2, id);
            Columns.setInstant(s, 3, now.minus(lease));
        })) == 1;
    }

    @Override
    public void remove(long id) {
        jdbc.call("remove queued Telegram message " + id, c -> Sql.update(c, REMOVE, s -> s.setLong(1, id)));
    }

    @Override
    public void retryLater(long id, int attempts, Instant nextTryAt) {
        jdbc.call("put off queued Telegram message " + id, c -> Sql.update(c, RETRY_LATER, s -> {
            s.setInt(1, attempts);
            Columns.setInstant(s, 2, nextTryAt);
            s.setLong(3, id);
        }));
    }

    @Override
    public void retryAfterUnexpectedFailure(long id, int attempts, Instant nextTryAt) {
        jdbc.call("put off queued Telegram message " + id + " after an unexpected failure",
                c -> Sql.update(c, RETRY_AFTER_UNEXPECTED, s -> {
                    s.setInt(1, attempts);
                    Columns.setInstant(s, 2, nextTryAt);
                    s.setLong(3, id);
                }));
    }

    @Override
    public int removeChat(long chatId) {
        return jdbc.call("remove a chat's queued Telegram messages", c -> Sql.update(c, REMOVE_CHAT, s -> s.setLong(1, chatId)));
    }

    @Override
    public int removeReminders(String userId, Set<String> intents) {
        return jdbc.inTransaction("remove a user's queued Telegram reminders", c -> {
            int removed = 0;
            for (String intent : intents) {
                removed += Sql.update(c, REMOVE_REMINDERS_ABOUT, s -> {
                    s.setString(1, userId);
                    s.setString(2, intent);
                });
            }
            return removed;
        });
    }

    @Override
    public List<QueuedMessage.Origin> queuedReminders(String userId) {
        return jdbc.call("list a user's queued Telegram reminders", c -> Sql.query(c, QUEUED_REMINDERS,
                s -> s.setString(1, userId), row -> new QueuedMessage.Origin(row.getString(1), row.getString(2),
                        Columns.instant(row, "reminder_due_at"))));
    }

    @Override
    public int removeAnswersFirstTriedBefore(Instant cutoff) {
        return jdbc.call("remove old queued Telegram answers", c -> Sql.update(c, REMOVE_OLD_ANSWERS,
                s -> Columns.setInstant(s, 1, cutoff)));
    }

    @Override
    public int removeRemindersDueBefore(Instant cutoff) {
        return jdbc.call("remove late queued Telegram reminders", c -> Sql.update(c, REMOVE_LATE_REMINDERS,
                s -> Columns.setInstant(s, 1, cutoff)));
    }
}
