package org.faqbot.store;

/**
 * The database could not be reached (down, restarting, out of connections, or an H2 file held by
 * another process). Thrown within the connection timeout; the same call works again once the
 * database is back, without a restart.
 */
public final class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    StoreUnavailableException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
