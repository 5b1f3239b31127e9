package org.faqbot.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.faqbot.kb.Lang;

/** Named instants, dates and records shared by the store tests. */
final class Fixtures {

    /** A Saturday morning, with milliseconds so that round trips are checked below the second. */
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);
    static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

    private Fixtures() {
    }

    static Instant minutes(long n) {
        return T0.plusSeconds(60 * n);
    }

    static PendingQuestion pendingQuestion() {
        return new PendingQuestion(
                "key_valid_until",
                "redeemed_on",
                Map.of("benefit_expiry", NEW_YEAR, "purchased_on", LEAP_DAY),
                List.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 3)),
                true,
                T0.plusNanos(456_000));
    }

    static Reminder reminder(String userId, Instant dueAt) {
        return new Reminder(0, userId, "tg:" + userId, Lang.NL, "redeem_deadline", NEW_YEAR, 7, dueAt,
                Reminder.Status.SCHEDULED);
    }
}
