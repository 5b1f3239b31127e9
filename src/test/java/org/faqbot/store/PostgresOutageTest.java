package org.faqbot.store;

import static org.faqbot.store.Fixtures.LEAP_DAY;
import static org.faqbot.store.Fixtures.NEW_YEAR;
import static org.faqbot.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL server of its own that goes away and comes back (a new server on the same port and data
 * folder) while one {@link Database} stays open: no restart of the bot is needed.
 */
class PostgresOutageTest {

    /** One data folder and port for the class, so initdb runs once; each server start reuses them. */
    @TempDir
    static Path dir;
    private static int port;
    private EmbeddedPostgres server;
    private Database database;

    @BeforeAll
    static void pickPort() throws IOException {
        port = freePort();
    }

    @BeforeEach
    void start() throws IOException {
        server = startServer();
        database = Database.open(TestPostgres.settings(port, "postgres", 1), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws IOException {
        database.close();
        server.close();
    }

    @Test
    void storesReportTheDatabaseUnavailableQuicklyAndWorkAgainOnceItIsBack() throws IOException {
        ProfileFact fact = new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0);
        database.stores().profiles().save(fact);
        server.close();

        long started = System.nanoTime();
        StoreUnavailableException down = assertThrows(StoreUnavailableException.class,
                () -> database.stores().profiles().facts("u1"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(down.getMessage().startsWith("database unavailable, could not read profile: "), down.getMessage());
        assertTrue(waited.compareTo(Duration.ofSeconds(3)) < 0, "waited " + waited);
        assertFalse(database.available());

        server = startServer();

        assertTrue(within(database::available, java.time.Duration.ofSeconds(20)));
        assertEquals(List.of(fact), database.stores().profiles().facts("u1"));
    }

    @Test
    void resilientStoresAnswerEmptyDuringTheOutageAndReplayQueuedWritesAfterIt() throws IOException {
        ResilientStores resilient = ResilientStores.wrap(database.stores(), database::available, Clock.systemUTC());
        ProfileStore profiles = resilient.stores().profiles();
        ProfileFact before = new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0);
        ProfileFact during = new ProfileFact("u1", "benefit_expiry", NEW_YEAR, T0);
        profiles.save(before);
        server.close();

        List<ProfileFact> read = profiles.facts("u1");
        profiles.save(during);
        assertEquals(List.of(), read);
        assertEquals(1, resilient.queuedWrites());
        assertFalse(resilient.available());

        server = startServer();

        assertTrue(within(resilient::available, java.time.Duration.ofSeconds(20)));
        assertEquals(0, resilient.queuedWrites());
        assertEquals(List.of(during, before), profiles.facts("u1"));
    }

    /** The database comes back when the pool's next connection attempt succeeds: on a busy machine that can take a few probes. */
    private static boolean within(java.util.function.BooleanSupplier available, java.time.Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (available.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static EmbeddedPostgres startServer() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dir.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
