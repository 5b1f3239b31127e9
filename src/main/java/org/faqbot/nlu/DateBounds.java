package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a date that is no single day may be: "more than a year ago" said on 15 June 2021 is on or before
 * 14 June 2020 (no earliest day), "less than a month ago" on or after 16 May 2021 and on or before today.
 *
 * @param earliest the first day it may be, inclusive; empty when it may be any day before {@code latest}
 * @param latest   the last day it may be, inclusive; empty when it may be any day after {@code earliest}
 */
public record DateBounds(Optional<LocalDate> earliest, Optional<LocalDate> latest) {

    public DateBounds {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.isPresent() && latest.isPresent() && earliest.get().isAfter(latest.get())) {
            throw new IllegalArgumentException("Bounds in the wrong order: earliest " + earliest.get() + " is after latest " + latest.get());
        }
    }

    static DateBounds onOrBefore(LocalDate latest) {
        return new DateBounds(Optional.empty(), Optional.of(latest));
    }

    static DateBounds onOrAfter(LocalDate earliest) {
        return new DateBounds(Optional.of(earliest), Optional.empty());
    }

    static DateBounds between(LocalDate earliest, LocalDate latest) {
        return new DateBounds(Optional.of(earliest), Optional.of(latest));
    }
}
