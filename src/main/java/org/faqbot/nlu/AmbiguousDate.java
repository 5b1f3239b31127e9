package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.List;

/**
 * A numeric date with two readings that are both possible, such as English "03/04/2021" (3 April or
 * 4 March). Never guessed: the caller has to ask which one was meant.
 *
 * @param readings the day-first reading, then the month-first reading; two distinct dates
 */
public record AmbiguousDate(String text, int start, int end, List<LocalDate> readings) implements DateMention {

    public AmbiguousDate {
        readings = List.copyOf(readings);
        if (readings.size() < 2) {
            throw new IllegalArgumentException("An ambiguous date needs two readings, got " + readings + " for '" + text + "'");
        }
    }
}
