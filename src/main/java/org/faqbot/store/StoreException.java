package org.faqbot.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * A store operation failed. A plain {@code StoreException} is a bug or bad data (a constraint, a
 * syntax error); its subtype {@link StoreUnavailableException} means the database could not be
 * reached and the same call may work later.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * SQL states that mean "no database right now": PostgreSQL's connection class 08, admin or crash
     * shutdown and "cannot connect now" (57P01-57P03), too many connections (53300); H2's "database in
     * use by another process" (90020), "closed" (90098), "called at shutdown" (90121) and "connection
     * broken" (90067).
     */
    private static final Set<String> UNAVAILABLE_STATES =
            Set.of("57P01", "57P02", "57P03", "53300", "90020", "90098", "90121", "90067");

    /** What failed, e.g. "save conversation"; empty when the exception was not made by {@link #from}. */
    private final String operation;

    public StoreException(String message, Throwable cause) {
        this("", message, cause);
    }

    StoreException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /** The store operation that failed, named without user data (see {@link StoreFailures}); empty when unknown. */
    public Optional<String> operation() {
        return operation.isEmpty() ? Optional.empty() : Optional.of(operation);
    }

    /**
     * The exception for a failed {@code operation}, e.g. "save conversation tg:1", classified by its cause. Its
     * message names the cause's class, SQLState and vendor error code, never the cause's message: a database's
     * message can quote the statement and its values, what users wrote (H2's constraint errors do), and this
     * message is logged and shown on the dashboard. The cause is kept for {@link StoreFailures}: log it by
     * {@link StoreFailures#describe}, not as a throwable, whose "Caused by:" line prints its message.
     */
    static StoreException from(String operation, SQLException e) {
        String message = "could not " + operation + ": " + StoreFailures.sql(e);
        return isUnavailable(e)
                ? new StoreUnavailableException(operation, "database unavailable, " + message, e)
                : new StoreException(operation, message, e);
    }

    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
