package org.faqbot.store;

import static org.faqbot.store.Fixtures.LEAP_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.Month;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Pending questions stored as JSON by an earlier version still read, without the fields added since. */
class PendingQuestionJsonTest {

    private final JsonColumns json = new JsonColumns();

    @Test
    void ruleQuestionStoredBeforeEachThingReadsWithNone() {
        String stored = "{\"intent\":\"key_valid_until\",\"awaitedFact\":\"key_redeemed_on\",\"facts\":{\"key_redeemed_on\":\"2024-02-29\"},"
                + "\"readings\":[],\"yesNo\":true,\"askedAt\":\"2025-03-01T09:00:00.123Z\",\"asked\":null}";

        Optional<PendingQuestion> read = json.pending("tg:1", stored);

        assertEquals(Optional.of(new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of("key_redeemed_on", LEAP_DAY), List.of(),
                true, Instant.parse("2025-03-01T09:00:00.123Z"))), read);
    }

    @Test
    void forgetQuestionStoredBeforeHeldRuleReadsWithTheRuleInItsOldPlace() {
        String stored = "{\"intent\":\"@forget\",\"awaitedFact\":\"key_valid_until\",\"facts\":{\"key_redeemed_on\":\"2024-02-29\"},"
                + "\"readings\":[],\"yesNo\":false,\"askedAt\":\"2025-03-01T09:00:00.123Z\",\"asked\":null}";

        PendingQuestion read = json.pending("tg:1", stored).orElseThrow();

        assertEquals("key_valid_until", read.awaitedFact());
        assertEquals(Optional.empty(), read.ruleHeld());
        assertEquals(List.of(), read.eachThing());
    }

    @Test
    void forgetQuestionWrittenNowComesBackWithTheRuleQuestionItHolds() {
        PendingQuestion rule = new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of("key_redeemed_on", LEAP_DAY), List.of(),
                false, Fixtures.T0);
        PendingQuestion forget = PendingQuestion.forgetAsked(Fixtures.T0, rule);

        Optional<PendingQuestion> read = json.pending("tg:1", json.write(forget));

        assertEquals(Optional.of(forget), read);
        assertEquals("", read.orElseThrow().awaitedFact());
    }

    @Test
    void questionForTheDayInAMonthComesBackWithItsMonthAndYear() {
        PendingQuestion asked = new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of(), List.of(), false, Fixtures.T0)
                .askingDayIn(new PendingQuestion.MonthAsked(Month.APRIL, 2025));

        PendingQuestion read = json.pending("tg:1", json.write(asked)).orElseThrow();

        assertEquals(asked, read);
        assertEquals(OptionalInt.of(2025), read.monthOfDay().orElseThrow().yearNamed());
    }

    @Test
    void questionStoredBeforeTheMonthReadsWithNone() {
        String stored = "{\"intent\":\"key_valid_until\",\"awaitedFact\":\"key_redeemed_on\",\"facts\":{},"
                + "\"readings\":[],\"yesNo\":false,\"askedAt\":\"2025-03-01T09:00:00.123Z\",\"asked\":null,\"eachThing\":[]}";

        assertEquals(Optional.empty(), json.pending("tg:1", stored).orElseThrow().monthOfDay());
    }

    @Test
    void askedDayStoredBeforeTheNamedFlagReadsAsNotNamedAndANamedOneComesBack() {
        String stored = "{\"intent\":\"vs_reassign_from\",\"awaitedFact\":\"vs_assigned_on\",\"facts\":{},\"readings\":[],\"yesNo\":true,"
                + "\"askedAt\":\"2025-03-01T09:00:00.123Z\",\"asked\":{\"day\":\"2024-02-29\",\"way\":\"ALLOWED\"}}";

        PendingQuestion old = json.pending("tg:1", stored).orElseThrow();
        PendingQuestion named = new PendingQuestion("vs_reassign_from", "vs_assigned_on", Map.of(), List.of(), true, Fixtures.T0,
                new PendingQuestion.AskedDay(LEAP_DAY, "ALLOWED", true));

        assertEquals(Optional.of(new PendingQuestion.AskedDay(LEAP_DAY, "ALLOWED", false)), old.askedDay());
        assertEquals(Optional.of(named), json.pending("tg:1", json.write(named)));
    }

    @Test
    void aMonthAskedAboutComesBackWithItsLastDayAndOlderRowsAskedAboutADay() {
        PendingQuestion month = new PendingQuestion("vs_reassign_from", "vs_assigned_on", Map.of(), List.of(), true, Fixtures.T0,
                new PendingQuestion.AskedDay(LocalDate.of(2027, 3, 1), "ALLOWED", true, LocalDate.of(2027, 3, 31)));
        String stored = "{\"intent\":\"vs_reassign_from\",\"awaitedFact\":\"vs_assigned_on\",\"facts\":{},\"readings\":[],\"yesNo\":true,"
                + "\"askedAt\":\"2025-03-01T09:00:00.123Z\",\"asked\":{\"day\":\"2024-02-29\",\"way\":\"ALLOWED\",\"named\":true}}";

        assertEquals(Optional.of(month), json.pending("tg:1", json.write(month)));
        assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), month.askedDay().orElseThrow().lastDay());
        assertEquals(Optional.empty(), json.pending("tg:1", stored).orElseThrow().askedDay().orElseThrow().lastDay());
    }

    @Test
    void aSpanAskedAboutCannotEndBeforeItBegins() {
        assertThrows(IllegalArgumentException.class,
                () -> new PendingQuestion.AskedDay(LocalDate.of(2027, 3, 31), "ALLOWED", true, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void boundsOfTheAwaitedDateComeBackAndOlderRowsHaveNone() {
        PendingQuestion bounded = new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of(), List.of(), true, Fixtures.T0)
                .withBound(new PendingQuestion.FactBound("eind februari", LEAP_DAY.minusDays(8), LEAP_DAY));
        String stored = "{\"intent\":\"key_valid_until\",\"awaitedFact\":\"key_redeemed_on\",\"facts\":{},"
                + "\"readings\":[],\"yesNo\":true,\"askedAt\":\"2025-03-01T09:00:00.123Z\",\"asked\":null,\"dateOrder\":null}";

        PendingQuestion read = json.pending("tg:1", json.write(bounded)).orElseThrow();

        assertEquals(bounded, read);
        assertEquals(Optional.empty(), json.pending("tg:1", stored).orElseThrow().factBound());
    }
}
