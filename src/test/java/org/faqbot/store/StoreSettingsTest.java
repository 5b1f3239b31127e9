package org.faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsTest {

    @TempDir
    Path dir;

    private static String error(Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> StoreSettings.fromEnv(env)).getMessage();
    }

    @Test
    void withoutADatabaseUrlTheDataFolderGetsAnH2FileDatabase() {
        Path data = dir.resolve("data");

        StoreSettings settings = StoreSettings.fromEnv(Map.of("FAQBOT_DATA_DIR", data.toString()));

        assertEquals("jdbc:h2:file:" + data.resolve("faqbot")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", settings.jdbcUrl());
        assertTrue(Files.isDirectory(data));
        assertEquals("sa", settings.user());
        assertFalse(settings.isPostgres());
    }

    @Test
    void defaultsAreThreeSecondsTenPooledConnectionsAnd180Days() {
        StoreSettings settings = StoreSettings.fromEnv(Map.of("FAQBOT_DATA_DIR", dir.toString()));

        assertEquals(Duration.ofSeconds(3), settings.connectionTimeout());
        assertEquals(10, settings.poolSize());
        assertEquals(180, settings.retentionDays());
    }

    @Test
    void aPostgresUrlSelectsPostgresWithTheGivenCredentials() {
        StoreSettings settings = StoreSettings.fromEnv(Map.of(
                "FAQBOT_DB_URL", "jdbc:postgresql://db:5432/faqbot",
                "FAQBOT_DB_USER", "bot",
                "FAQBOT_DB_PASSWORD", "s3cret",
                "FAQBOT_DB_TIMEOUT_SECONDS", "2",
                "FAQBOT_RETENTION_DAYS", "30"));

        assertTrue(settings.isPostgres());
        assertEquals("bot", settings.user());
        assertEquals("s3cret", settings.password());
        assertEquals(Duration.ofSeconds(2), settings.connectionTimeout());
        assertEquals(30, settings.retentionDays());
    }

    @Test
    void aUrlForAnotherDatabaseIsRejectedWithItsPasswordMasked() {
        String message = error(Map.of("FAQBOT_DB_URL", "jdbc:mysql://db/faqbot?user=bot&password=s3cret"));

        assertEquals("FAQBOT_DB_URL must start with jdbc:postgresql: or jdbc:h2:, was"
                + " 'jdbc:mysql://db/faqbot?user=bot&password=***'", message);
    }

    @Test
    void toStringNeverShowsThePassword() {
        StoreSettings settings = StoreSettings.fromEnv(Map.of(
                "FAQBOT_DB_URL", "jdbc:postgresql://db/faqbot?password=inurl",
                "FAQBOT_DB_PASSWORD", "s3cret"));

        String text = settings.toString();

        assertFalse(text.contains("s3cret"), text);
        assertFalse(text.contains("inurl"), text);
        assertTrue(text.contains("password=***"), text);
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("occupied"), "not a folder");

        String message = error(Map.of("FAQBOT_DATA_DIR", file.toString()));

        assertEquals("FAQBOT_DATA_DIR '" + file + "' is not a writable directory (cannot create it: a file of that name exists)",
                message);
    }

    @Test
    void theDataFolderIsNotCheckedWhenPostgresIsUsed() throws IOException {
        Path file = Files.writeString(dir.resolve("occupied"), "not a folder");

        StoreSettings settings = StoreSettings.fromEnv(Map.of(
                "FAQBOT_DATA_DIR", file.toString(), "FAQBOT_DB_URL", "jdbc:postgresql://db/faqbot"));

        assertTrue(settings.isPostgres());
    }

    @Test
    void aTimeoutThatIsNoNumberIsRejected() {
        String message = error(Map.of("FAQBOT_DATA_DIR", dir.toString(), "FAQBOT_DB_TIMEOUT_SECONDS", "3s"));

        assertEquals("FAQBOT_DB_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 60, was '3s'", message);
    }

    @Test
    void aRetentionOfZeroDaysIsRejected() {
        String message = error(Map.of("FAQBOT_DATA_DIR", dir.toString(), "FAQBOT_RETENTION_DAYS", "0"));

        assertEquals("FAQBOT_RETENTION_DAYS must be a whole number of days from 1 to 3650, was '0'", message);
    }

    @Test
    void aPoolSizeAboveFiftyIsRejected() {
        String message = error(Map.of("FAQBOT_DATA_DIR", dir.toString(), "FAQBOT_DB_POOL_SIZE", "51"));

        assertEquals("FAQBOT_DB_POOL_SIZE must be a whole number from 1 to 50, was '51'", message);
    }
}
