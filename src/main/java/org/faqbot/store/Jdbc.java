package org.faqbot.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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

    /** Seconds a borrowed connection has to answer the liveness check. */
    private static final int VALID_SECONDS = 1;

    private final HikariDataSource pool;

    Jdbc(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Runs the work on a connection in auto-commit mode: each statement is its own transaction. */
    <T> T call(String operation, Work<T> work) {
        try (Connection connection = liveConnection()) {
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

    /**
     * A pooled connection that answers. The pool skips its own check for a connection used in the
     * last half second, so right after a database restart it can hand out one the old server closed;
     * checking every time costs a round trip and spares the caller that failure.
     */
    private Connection liveConnection() throws SQLException {
        for (int attempt = 0; attempt <= pool.getMaximumPoolSize(); attempt++) {
            Connection connection = pool.getConnection();
            if (connection.isValid(VALID_SECONDS)) {
                return connection;
            }
            pool.evictConnection(connection);
        }
        throw new SQLTransientConnectionException("no connection of " + pool.getPoolName() + " answers");
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
