package org.faqbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prepared-statement shortcuts for the JDBC stores: values always go in through a {@link Binder}. */
final class Sql {

    /** Sets the parameters of a prepared statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    static <T> List<T> query(Connection connection, String sql, Binder binder, RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }

    /**
     * Updates the row, or inserts it when there is none; both statements take the same parameters in
     * the same order. Portable where {@code MERGE} and {@code ON CONFLICT} are not: when a concurrent
     * caller inserts the same key first, the duplicate key is answered with the update. Needs
     * auto-commit, because a failed insert aborts a PostgreSQL transaction.
     */
    static void upsert(Connection connection, String update, String insert, Binder binder) throws SQLException {
        if (update(connection, update, binder) > 0) {
            return;
        }
        try {
            update(connection, insert, binder);
        } catch (SQLException e) {
            if (!Columns.isDuplicateKey(e)) {
                throw e;
            }
            update(connection, update, binder);
        }
    }
}
