package org.faqbot.store;

import java.sql.SQLException;

/**
 * A store failure described for the logs without any message text. A database's own message can quote
 * the statement and its values, which hold what users wrote (H2's constraint errors do), so only what
 * cannot carry user text is kept: the exception's class, the store operation, and the first SQL
 * exception's class, SQLState and vendor error code.
 */
public final class StoreFailures {

    private StoreFailures() {
    }

    /**
     * E.g. {@code StoreUnavailableException in 'save conversation' (org.h2.jdbc.JdbcSQLNonTransientConnectionException,
     * SQLState 90067, error code 90067)}; a failure without an SQL cause names its innermost cause's class instead.
     */
    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder(failure.getClass().getSimpleName());
        if (failure instanceof StoreException store) {
            store.operation().ifPresent(operation -> out.append(" in '").append(operation).append('\''));
        }
        SQLException sql = firstSql(failure);
        if (sql != null) {
            out.append(" (").append(sql(sql)).append(')');
        } else if (failure.getCause() != null) {
            out.append(" (caused by ").append(innermost(failure).getClass().getName()).append(')');
        }
        return out.toString();
    }

    /**
     * Whether the failure is the store's or the database's: it or one of its causes is a {@link StoreException}
     * or an {@link SQLException}. Log such a failure by {@link #describe}, never as a throwable: a logged cause's
     * message is printed on its "Caused by:" line.
     */
    public static boolean isStoreFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The SQL exception without its message, e.g. {@code org.h2.jdbc.JdbcSQLSyntaxErrorException, SQLState 42000, error code 42000}. */
    static String sql(SQLException sql) {
        return sql.getClass().getName() + ", SQLState " + sql.getSQLState() + ", error code " + sql.getErrorCode();
    }

    private static SQLException firstSql(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static Throwable innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
