package org.faqbot.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real H2 failures whose message quotes a value, as H2's constraint errors quote what users wrote: for tests
 * that check the value never reaches a log line.
 */
public final class H2Failures {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private H2Failures() {
    }

    /** The exception H2 itself throws for a second row with the key {@code value}; its message quotes the value. */
    public static SQLException duplicateKey(String value) {
        String url = "jdbc:h2:mem:h2-failures-" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (note VARCHAR(100) PRIMARY KEY)");
            statement.execute("INSERT INTO notes VALUES ('" + value + "')");
            try {
                statement.execute("INSERT INTO notes VALUES ('" + value + "')");
            } catch (SQLException e) {
                if (!e.getMessage().contains(value)) {
                    throw new AssertionError("H2 no longer quotes the value: " + e.getMessage());
                }
                return e;
            }
        } catch (SQLException e) {
            throw new AssertionError("H2 could not set up the failure", e);
        }
        throw new AssertionError("H2 took the same key twice");
    }

    /** What a store throws when its {@code operation} meets {@link #duplicateKey}. */
    public static StoreException duplicateKey(String operation, String value) {
        return StoreException.from(operation, duplicateKey(value));
    }
}
