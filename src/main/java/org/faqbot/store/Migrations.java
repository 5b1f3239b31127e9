package org.faqbot.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the schema up to date with the versioned SQL under {@code db/migration}; safe to run on every start. */
final class Migrations {

    private Migrations() {
    }

    /** Applies the missing migrations; returns how many ran (0 when the schema was current). */
    static int migrate(DataSource source, String maskedUrl) {
        try {
            return Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            // Flyway's message goes on with SQL state and error code lines; the first line says it.
            String message = "could not migrate the schema of " + maskedUrl + ": " + e.getMessage().lines().findFirst().orElse("");
            throw StoreException.isUnavailable(e)
                    ? new StoreUnavailableException("database unavailable, " + message, e)
                    : new StoreException(message, e);
        }
    }
}
