package org.faqbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Empties a test database between tests, which is much faster than migrating a new one. */
final class TestDatabases {

    private static final String[] CLEAR = {
        "DELETE FROM conversation_state",
        "DELETE FROM profile_fact",
        "DELETE FROM question_event",
        "DELETE FROM feedback",
        "DELETE FROM reminder",
        "DELETE FROM update_journal",
        "DELETE FROM telegram_outbox",
        "UPDATE update_journal_mark SET last_update_id = NULL",
    };

    private TestDatabases() {
    }

    static void clear(Database database) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : CLEAR) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear the test database", e);
        }
    }
}
