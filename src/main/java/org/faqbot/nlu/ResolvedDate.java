package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression with exactly one meaning.
 *
 * @param relative  true when the date was counted from today ("gisteren", "3 weeks ago", "next
 *                  Friday", "de 5e van vorige maand"); false when the message named a day and month
 * @param yearGiven true when the message fixed the year, in digits ("1-12-2020") or relative to today
 *                  ("3 maart vorig jaar"); false when the {@link YearlessPolicy} chose it or the
 *                  expression is relative and names no year
 */
public record ResolvedDate(String text, int start, int end, LocalDate date, boolean relative, boolean yearGiven)
        implements DateMention {

    public ResolvedDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
    }
}
