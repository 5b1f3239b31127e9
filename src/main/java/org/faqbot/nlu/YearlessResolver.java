package org.faqbot.nlu;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntFunction;

/** Chooses the year of a date written without one, following a {@link YearlessPolicy}. */
final class YearlessResolver {

    /** 29 February can be eight years away (2096 to 2104 skips 2100); every other date is at most one. */
    private static final int MAX_YEARS_AWAY = 8;

    private YearlessResolver() {
    }

    /**
     * The date nearest today in the policy's direction (today included), trying today's year first.
     *
     * @param dateInYear the date in a given year, empty in years without it (29 February)
     * @return empty only when no year within eight has the date
     */
    static Optional<LocalDate> resolve(IntFunction<Optional<LocalDate>> dateInYear, LocalDate today, YearlessPolicy policy) {
        for (int away = 0; away <= MAX_YEARS_AWAY; away++) {
            long year = (long) today.getYear() + (long) away * policy.yearStep();
            if (year < LocalDate.MIN.getYear() || year > LocalDate.MAX.getYear()) {
                return Optional.empty();
            }
            Optional<LocalDate> candidate = dateInYear.apply((int) year).filter(date -> policy.accepts(date, today));
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }
}
