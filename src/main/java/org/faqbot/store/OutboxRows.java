package org.faqbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link QueuedMessage} as a row of table {@code telegram_outbox} and back; the reminder it came from is three
 * nullable columns (all set or all null), the forum topic one. Apart from {@link JdbcOutboxStore} so that its queries
 * read without the column-by-column mapping. Stateless.
 */
final class OutboxRows {

    /** The columns {@link #message} reads, in the order of a {@code SELECT}. */
    static final String COLUMNS = "id, chat_id, thread_id, message_json, first_tried_at, attempts,"
            + " unexpected_failures, next_try_at, reminder_due_at, reminder_user_id, reminder_intent";
    private static final String INSERT = "INSERT INTO telegram_outbox (chat_id, thread_id, message_json, first_tried_at,"
            + " attempts, next_try_at, reminder_due_at, reminder_user_id, reminder_intent, unexpected_failures)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private OutboxRows() {
    }

    /** Inserts {@code m} as a new row on {@code c}, in its transaction. */
    static int insert(Connection c, QueuedMessage m) throws SQLException {
        return Sql.update(c, INSERT, s -> {
            s.setLong(1, m.chatId());
            setThread(s, 2, m.threadId());
            s.setString(3, m.message());
            Columns.setInstant(s, 4, m.firstTriedAt());
            s.setInt(5, m.attempts());
            Columns.setInstant(s, 6, m.nextTryAt());
            if (m.reminder().isPresent()) {
                Columns.setInstant(s, 7, m.reminder().get().dueAt());
                s.setString(8, m.reminder().get().userId());
                s.setString(9, m.reminder().get().intent());
            } else {
                s.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
                s.setNull(8, Types.VARCHAR);
                s.setNull(9, Types.VARCHAR);
            }
            s.setInt(10, m.unexpectedFailures());
        });
    }

    private static void setThread(PreparedStatement s, int index, OptionalInt thread) throws SQLException {
        if (thread.isPresent()) {
            s.setInt(index, thread.getAsInt());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    /** The message of the current row of a query of {@link #COLUMNS}. */
    static QueuedMessage message(ResultSet row) throws SQLException {
        int thread = row.getInt("thread_id");
        OptionalInt threadId = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(thread);
        return new QueuedMessage(row.getLong("id"), row.getLong("chat_id"), threadId, row.getString("message_json"),
                Columns.instant(row, "first_tried_at"), row.getInt("attempts"), row.getInt("unexpected_failures"),
                Columns.instant(row, "next_try_at"), origin(row));
    }

    private static Optional<QueuedMessage.Origin> origin(ResultSet row) throws SQLException {
        Instant dueAt = Columns.instant(row, "reminder_due_at");
        String userId = row.getString("reminder_user_id");
        return dueAt == null || userId == null ? Optional.empty()
                : Optional.of(new QueuedMessage.Origin(userId, row.getString("reminder_intent"), dueAt));
    }
}
