package org.faqbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's database: a connection pool, an up-to-date schema and the JDBC {@link Stores} on top.
 * One code path serves H2 and PostgreSQL. Close it on shutdown. For a bot that keeps answering while
 * the database is away, wrap the stores: {@code ResilientStores.wrap(db.stores(), db::available, clock)}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    /** One connection for the journal's "answered" marks alone, so that they never wait for the shared pool. */
    private final HikariDataSource marksPool;
    private final AnswerMarks marks;
    private final Jdbc jdbc;
    private final StoreSettings settings;
    private final Stores stores;
    private final Retention retention;
    private final int migrationsApplied;

    private Database(HikariDataSource pool, StoreSettings settings, Clock clock, int migrationsApplied) {
        this.pool = pool;
        this.marksPool = new HikariDataSource(PoolConfig.of(settings, "faqbot-journal-marks", 1));
        this.marks = new AnswerMarks(new Jdbc(marksPool));
        this.settings = settings;
        this.migrationsApplied = migrationsApplied;
        this.jdbc = new Jdbc(pool);
        JsonColumns json = new JsonColumns();
        this.stores = new Stores(
                new JdbcConversationStore(jdbc, json),
                new JdbcProfileStore(jdbc),
                new JdbcQuestionLog(jdbc, json),
                new JdbcReminderStore(jdbc),
                new JdbcUpdateJournal(jdbc, marks),
                new JdbcOutboxStore(jdbc));
        this.retention = new Retention(stores, settings.retentionDays(), clock);
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @throws StoreUnavailableException when the database cannot be reached within the connection timeout
     * @throws StoreException            when the migration fails for another reason
     */
    public static Database open(StoreSettings settings, Clock clock) {
        HikariDataSource pool = new HikariDataSource(PoolConfig.of(settings));
        try {
            int applied = Migrations.migrate(pool, settings.maskedUrl());
            LOG.info("Opened {} ({} migrations applied)", settings.maskedUrl(), applied);
            return new Database(pool, settings, clock, applied);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public Stores stores() {
        return stores;
    }

    /** Deletes what is past its retention; call it periodically, e.g. daily. */
    public Retention retention() {
        return retention;
    }

    /** True when a working connection can be had within the connection timeout: the health probe. */
    public boolean available() {
        try {
            return jdbc.call("check the database", connection -> true);
        } catch (StoreException e) {
            return false;
        }
    }

    public StoreSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        marks.close();
        marksPool.close();
        pool.close();
    }

    /** How many migrations {@link #open} applied. */
    int migrationsApplied() {
        return migrationsApplied;
    }

    DataSource dataSource() {
        return pool;
    }

    /** The pool settings derived from the store settings. */
    static final class PoolConfig {

        private PoolConfig() {
        }

        static HikariConfig of(StoreSettings settings) {
            return of(settings, "faqbot-store", settings.poolSize());
        }

        static HikariConfig of(StoreSettings settings, String name, int size) {
            HikariConfig config = new HikariConfig();
            config.setPoolName(name);
            config.setJdbcUrl(settings.jdbcUrl());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
            config.setMaximumPoolSize(size);
            long timeoutMs = settings.connectionTimeout().toMillis();
            config.setConnectionTimeout(timeoutMs);
            config.setValidationTimeout(Math.max(250, timeoutMs / 2));
            // Start even when the database is down: the migration then reports it as unavailable.
            config.setInitializationFailTimeout(-1);
            if (settings.isPostgres()) {
                long seconds = Math.max(1, settings.connectionTimeout().toSeconds());
                config.addDataSourceProperty("connectTimeout", Long.toString(seconds));
                config.addDataSourceProperty("loginTimeout", Long.toString(seconds));
                // A statement on a half-dead connection fails instead of hanging the caller.
                config.addDataSourceProperty("socketTimeout", "30");
                config.addDataSourceProperty("ApplicationName", "faqbot");
            }
            return config;
        }
    }
}
