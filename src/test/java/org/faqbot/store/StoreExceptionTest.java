package org.faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StoreExceptionTest {

    @Test
    void aPoolTimeoutMeansTheDatabaseIsUnavailable() {
        StoreException e = StoreException.from("read profile",
                new SQLTransientConnectionException("faqbot-store - Connection is not available, request timed out after 3001ms"));

        assertInstanceOf(StoreUnavailableException.class, e);
        assertEquals("database unavailable, could not read profile: java.sql.SQLTransientConnectionException,"
                + " SQLState null, error code 0", e.getMessage());
    }

    @Test
    void aConnectionFailureStateMeansTheDatabaseIsUnavailable() {
        StoreException e = StoreException.from("save conversation", new SQLException("I/O error", "08006"));

        assertInstanceOf(StoreUnavailableException.class, e);
    }

    @Test
    void anH2FileHeldByAnotherProcessMeansTheDatabaseIsUnavailable() {
        StoreException e = StoreException.from("read question log", new SQLException("Database may be already in use", "90020"));

        assertInstanceOf(StoreUnavailableException.class, e);
    }

    @Test
    void aSyntaxErrorIsABugNotAnOutage() {
        StoreException e = StoreException.from("claim due reminders", new SQLException("syntax error at or near", "42601"));

        assertFalse(e instanceof StoreUnavailableException);
        assertEquals("could not claim due reminders: java.sql.SQLException, SQLState 42601, error code 0", e.getMessage());
    }

    @Test
    void theMessageNamesTheCausesClassSqlStateAndErrorCodeButNotTheValuesH2Quotes() {
        StoreException e = StoreException.from("save profile fact note", H2Failures.duplicateKey("my landlord Kim Jansen"));

        assertEquals("could not save profile fact note: org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException,"
                + " SQLState 23505, error code 23505", e.getMessage());
    }
}
