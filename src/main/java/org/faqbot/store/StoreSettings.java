package org.faqbot.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.faqbot.process.WholeNumberSetting;

/**
 * Where and how the bot keeps its data, read once from the environment. Without {@code FAQBOT_DB_URL}
 * the data lives in an embedded H2 file database in {@code FAQBOT_DATA_DIR}, which needs no setup; a
 * {@code jdbc:postgresql:} URL selects PostgreSQL, the choice for several bot instances.
 * {@link #toString()} and every message mask the password.
 *
 * @param jdbcUrl           the JDBC URL, derived from the data folder for the default H2 database
 * @param user              the database user (H2's default is {@code sa})
 * @param password          the database password, possibly empty; never logged
 * @param dataDir           the data folder (only used by the default H2 database)
 * @param connectionTimeout how long a store call waits for a connection before it reports the database unavailable
 * @param poolSize          the most connections this instance keeps open
 * @param retentionDays     how many days question-log records and finished reminders are kept
 */
public record StoreSettings(
        String jdbcUrl,
        String user,
        String password,
        Path dataDir,
        Duration connectionTimeout,
        int poolSize,
        int retentionDays) {

    public static final String DATA_DIR = "FAQBOT_DATA_DIR";
    public static final String DB_URL = "FAQBOT_DB_URL";
    public static final String DB_USER = "FAQBOT_DB_USER";
    public static final String DB_PASSWORD = "FAQBOT_DB_PASSWORD";
    public static final String DB_TIMEOUT_SECONDS = "FAQBOT_DB_TIMEOUT_SECONDS";
    public static final String DB_POOL_SIZE = "FAQBOT_DB_POOL_SIZE";
    public static final String RETENTION_DAYS = "FAQBOT_RETENTION_DAYS";

    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    private static final String H2_PREFIX = "jdbc:h2:";
    /**
     * PostgreSQL's dialect and lower-case names let one set of migrations run on both databases.
     * WRITE_DELAY=0 writes every commit to the file before the commit returns: H2 keeps no redo log, and
     * with its default delay of 500 ms a killed process (SIGKILL, OOM killer) loses the last commits,
     * such as updates the bot journaled and already confirmed to Telegram.
     */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    public StoreSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    }

    /**
     * Reads the settings from environment variables (pass {@code System.getenv()}), creating the data
     * folder when the default H2 database is used.
     *
     * @throws IllegalArgumentException naming the setting and its value when one is invalid
     */
    public static StoreSettings fromEnv(Map<String, String> env) {
        Path dataDir = path(env, DATA_DIR, "./data");
        String url = value(env, DB_URL, "");
        String jdbcUrl = url.isEmpty() ? h2Url(writableDir(dataDir)) : checkedUrl(url);
        String user = value(env, DB_USER, jdbcUrl.startsWith(H2_PREFIX) ? "sa" : "");
        return new StoreSettings(
                jdbcUrl,
                user,
                env.getOrDefault(DB_PASSWORD, ""),
                dataDir,
                Duration.ofSeconds(WholeNumberSetting.read(DB_TIMEOUT_SECONDS, env.get(DB_TIMEOUT_SECONDS), 3, 1, 60, "seconds")),
                WholeNumberSetting.read(DB_POOL_SIZE, env.get(DB_POOL_SIZE), 10, 1, 50),
                WholeNumberSetting.read(RETENTION_DAYS, env.get(RETENTION_DAYS), 180, 1, 3650, "days"));
    }

    /** True when the URL points at PostgreSQL, false for H2. */
    public boolean isPostgres() {
        return jdbcUrl.startsWith(POSTGRES_PREFIX);
    }

    /** The JDBC URL with any {@code password=} parameter replaced by {@code ***}, for messages and logs. */
    public String maskedUrl() {
        return mask(jdbcUrl);
    }

    @Override
    public String toString() {
        return "StoreSettings[jdbcUrl=" + maskedUrl() + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + ", dataDir=" + dataDir + ", connectionTimeout=" + connectionTimeout + ", poolSize=" + poolSize
                + ", retentionDays=" + retentionDays + "]";
    }

    static String mask(String url) {
        return URL_PASSWORD.matcher(url).replaceAll("$1***");
    }

    private static String h2Url(Path dataDir) {
        return H2_PREFIX + "file:" + dataDir.toAbsolutePath().normalize().resolve("faqbot") + H2_OPTIONS;
    }

    private static String checkedUrl(String url) {
        if (!url.startsWith(POSTGRES_PREFIX) && !url.startsWith(H2_PREFIX)) {
            throw new IllegalArgumentException(DB_URL + " must start with " + POSTGRES_PREFIX + " or " + H2_PREFIX
                    + ", was '" + mask(url) + "'");
        }
        return url;
    }

    private static Path writableDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(
                    DATA_DIR + " '" + dir + "' is not a writable directory (cannot create it: " + reason(e) + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException(DATA_DIR + " '" + dir + "' is not a writable directory");
        }
        return dir;
    }

    private static String reason(Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name exists";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static Path path(Map<String, String> env, String key, String fallback) {
        String text = value(env, key, fallback);
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(key + " '" + text + "' is not a valid path: " + e.getReason(), e);
        }
    }

    private static String value(Map<String, String> env, String key, String fallback) {
        String text = env.get(key);
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
