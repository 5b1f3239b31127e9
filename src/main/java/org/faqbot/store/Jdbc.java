package org.faqbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a piece of JDBC work with a pooled connection and turns any {@link SQLException} into a
 * {@link StoreException} that names the operation. Shared by the JDBC stores.
 */
final class Jdbc {

    /** JDBC work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final DataSource source;

    Jdbc(DataSource source) {
        this.source = source;
    }

    /** Runs the work on a connection in auto-commit mode: each statement is its own transaction. */
    <T> T call(String operation, Work<T> work) {
        try (Connection connection = source.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw StoreException.from(operation, e);
        }
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String operation, Work<T> work) {
        return call(operation, connection -> {
            // The pool restores auto-commit when the connection goes back, even after a failure.
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        });
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
