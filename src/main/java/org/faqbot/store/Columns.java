package org.faqbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.faqbot.kb.Lang;

/**
 * Conversions between our values and SQL columns that H2 and PostgreSQL read and write alike. Instants
 * go in as UTC {@code TIMESTAMP WITH TIME ZONE}, truncated to the microsecond both databases keep
 * (PostgreSQL would round, H2 would truncate: doing it here makes them agree).
 */
final class Columns {

    /** SQL state of a unique or primary key violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Columns() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, stored(instant).atOffset(ZoneOffset.UTC));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The instant as a JDBC store keeps it: truncated to the microsecond. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setObject(index, date);
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    static Lang lang(ResultSet row, String column) throws SQLException {
        String code = row.getString(column);
        return Lang.fromCode(code).orElseThrow(() -> new SQLException("unknown language '" + code + "' in column " + column));
    }

    static boolean isDuplicateKey(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** The text cut to {@code max} characters, for free text in a bounded column. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
