package org.faqbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date a user asked the bot to remember, e.g. their benefit expiry date.
 *
 * @param userId  whose fact it is
 * @param fact    the fact name as in {@code rules.json}, e.g. {@code benefit_expiry}
 * @param date    the date
 * @param savedAt when the user asked to remember it
 */
public record ProfileFact(String userId, String fact, LocalDate date, Instant savedAt) {

    public ProfileFact {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
