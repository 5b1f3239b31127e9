package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A reminder handed to a database's outbox is queued and deleted in one transaction: a failure between the
 * two (here a message the table refuses, after the reminder's delete and a first message's insert) stands
 * for the process dying there, and must leave the reminder claimed and nothing queued, so that it is sent
 * once when its claim runs out; an answer's messages are queued and its update marked answered the same way.
 * Run per database by the {@code *StoresTest} classes.
 */
abstract class OutboxAtomicityContract extends OutboxStoreContract {

    /** Longer than {@code telegram_outbox.message_json} takes. */
    private static final String TOO_LONG = "{\"html\":\"" + "x".repeat(100_000) + "\"}";

    @Test
    void aHandoverCutOffHalfWayLeavesTheReminderDueAndNothingQueued() {
        Reminder due = claimedReminder();
        List<QueuedMessage> messages = List.of(QueuedMessage.ofReminder(51, "{\"html\":\"r1\"}", T0, due),
                QueuedMessage.ofReminder(51, TOO_LONG, T0, due));

        assertThrows(StoreException.class, () -> store().addReminder(due.id(), messages));

        assertEquals(Set.of(), store().chats(), "the first message's insert is rolled back");
        List<Reminder> again = stores().reminders().claimDue(minutes(11), REMINDER_LEASE, 10);
        assertEquals(List.of(due.id()), again.stream().map(Reminder::id).toList(), "the reminder's delete is rolled back");
    }

    @Test
    void anAnswerCutOffHalfWayLeavesItsUpdateUnansweredAndNothingQueued() {
        stores().updates().receive(new JournaledUpdate(7, "{}", T0));
        List<QueuedMessage> messages = List.of(QueuedMessage.of(51, OptionalInt.empty(), "{\"html\":\"a1\"}", T0),
                QueuedMessage.of(51, OptionalInt.empty(), TOO_LONG, T0));

        assertThrows(StoreException.class, () -> store().addAnswer(7, T0, messages));

        assertEquals(Set.of(), store().chats(), "the first message's insert is rolled back");
        assertEquals(List.of(7L), stores().updates().unanswered().stream().map(JournaledUpdate::updateId).toList(),
                "the update is still to be answered, after a restart too");
    }
}
