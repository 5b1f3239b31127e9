package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.reminder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private final Stores stores = Stores.inMemory();
    private final TestClock clock = new TestClock(T0);

    private static Instant daysBefore(int days) {
        return T0.minus(Duration.ofDays(days));
    }

    @Test
    void questionLogRecordsOlderThanTheRetentionPeriodAreDeleted() {
        stores.questions().record(new QuestionEvent(daysBefore(31), Lang.NL, QuestionEvent.Outcome.UNANSWERED, "oud", List.of()));
        QuestionEvent recent = new QuestionEvent(daysBefore(29), Lang.NL, QuestionEvent.Outcome.UNANSWERED, "nieuw", List.of());
        stores.questions().record(recent);

        Retention.Result result = new Retention(stores, 30, clock).run();

        assertEquals(1, result.questionLogRecords());
        assertEquals(List.of(recent), stores.questions().events(Instant.EPOCH));
    }

    @Test
    void answeredUpdatesGoAfterThreeDaysAndUnansweredOnesStay() {
        stores.updates().receive(new JournaledUpdate(1, "{}", daysBefore(4)));
        stores.updates().receive(new JournaledUpdate(2, "{}", daysBefore(4)));
        stores.updates().receive(new JournaledUpdate(3, "{}", daysBefore(2)));
        stores.updates().markAnswered(1, daysBefore(4));
        stores.updates().markAnswered(3, daysBefore(2));

        Retention.Result result = new Retention(stores, 30, clock).run();

        assertEquals(1, result.journalUpdates());
        assertEquals(List.of(new JournaledUpdate(2, "{}", daysBefore(4))), stores.updates().unanswered());
    }

    @Test
    void aRetentionOfLessThanOneDayIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Retention(stores, 0, clock));

        assertEquals("retentionDays must be at least 1, was 0", e.getMessage());
    }
}
