package org.faqbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, started from Maven Central binaries once per JVM and stopped
 * by its shutdown hook. Each caller of {@link #freshDatabase} gets its own empty database on it.
 * Public for the tests of other packages that run whole bot instances on PostgreSQL.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** Settings for a new, empty database on the shared server. */
    public static StoreSettings freshDatabase() {
        String name = "faqbot_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return settings(server().getPort(), name);
    }

    static StoreSettings settings(int port, String database) {
        return settings(port, database, 2);
    }

    static StoreSettings settings(int port, String database, int timeoutSeconds) {
        return StoreSettings.fromEnv(Map.of(
                StoreSettings.DB_URL, "jdbc:postgresql://localhost:" + port + "/" + database,
                StoreSettings.DB_USER, "postgres",
                StoreSettings.DB_TIMEOUT_SECONDS, Integer.toString(timeoutSeconds)));
    }
}
