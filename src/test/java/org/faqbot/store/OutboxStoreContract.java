package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link OutboxStore} does; run per backend by the {@code *StoresTest} classes. */
abstract class OutboxStoreContract {

    private static final Duration LEASE = Duration.ofMinutes(2);
    protected static final Duration REMINDER_LEASE = Duration.ofMinutes(10);
    private static final long KIM = 51;
    private static final long JOOST = -100_123_456_789L;

    protected abstract Stores stores();

    protected OutboxStore store() {
        return stores().outbox();
    }

    private static QueuedMessage message(long chat, String text) {
        return QueuedMessage.of(chat, OptionalInt.empty(), "{\"html\":\"" + text + "\"}", T0);
    }

    private List<String> dueTexts() {
        return store().dueHeads(T0, LEASE, 10).stream().map(QueuedMessage::message).toList();
    }

    @Test
    void aQueuedMessageComesBackWithEverythingItWasQueuedWith() {
        QueuedMessage queued = QueuedMessage.of(JOOST, OptionalInt.of(7), "{\"html\":\"<b>één</b>\"}", minutes(-3));

        store().add(queued);

        QueuedMessage due = store().dueHeads(T0, LEASE, 10).get(0);
        assertEquals(queued.withId(due.id()), due);
        assertEquals(Set.of(JOOST), store().chats());
    }

    @Test
    void onlyEachChatsOldestMessageIsDue() {
        store().add(message(KIM, "k1"));
        store().add(message(JOOST, "j1"));
        store().add(message(KIM, "k2"));

        assertEquals(List.of("{\"html\":\"k1\"}", "{\"html\":\"j1\"}"), dueTexts());
    }

    @Test
    void removingTheOldestMakesTheNextOneDue() {
        store().add(message(KIM, "k1"));
        store().add(message(KIM, "k2"));

        store().remove(store().dueHeads(T0, LEASE, 10).get(0).id());

        assertEquals(List.of("{\"html\":\"k2\"}"), dueTexts());
    }

    @Test
    void aMessagePutOffHoldsUpItsChatButNoOther() {
        store().add(message(KIM, "k1"));
        store().add(message(KIM, "k2"));
        store().add(message(JOOST, "j1"));
        long k1 = store().dueHeads(T0, LEASE, 10).get(0).id();

        store().retryLater(k1, 3, minutes(1));

        assertEquals(List.of("{\"html\":\"j1\"}"), dueTexts());
        QueuedMessage later = store().dueHeads(minutes(1), LEASE, 10).get(0);
        assertEquals(k1, later.id());
        assertEquals(3, later.attempts());
    }

    @Test
    void unexpectedFailuresAreCountedWithTheMessageAndKeptByTelegramsOwnFailures() {
        store().add(message(KIM, "k1"));
        long id = store().dueHeads(T0, LEASE, 10).get(0).id();
        store().claim(id, T0, LEASE);

        store().retryAfterUnexpectedFailure(id, 1, T0);
        store().claim(id, T0, LEASE);
        store().retryAfterUnexpectedFailure(id, 2, T0);
        store().claim(id, T0, LEASE);
        store().retryLater(id, 3, minutes(1));

        QueuedMessage later = store().dueHeads(minutes(1), LEASE, 10).get(0);
        assertEquals(2, later.unexpectedFailures());
        assertEquals(3, later.attempts());
    }

    @Test
    void aMessageIsClaimedOnceUntilItsLeaseRunsOut() {
        store().add(message(KIM, "k1"));
        long id = store().dueHeads(T0, LEASE, 10).get(0).id();

        boolean first = store().claim(id, T0, LEASE);
        boolean second = store().claim(id, T0.plusSeconds(1), LEASE);
        boolean afterLease = store().claim(id, T0.plus(LEASE), LEASE);

        assertTrue(first);
        assertFalse(second);
        assertTrue(afterLease);
    }

    @Test
    void aClaimedMessageIsNotDueUntilPutOff() {
        store().add(message(KIM, "k1"));
        long id = store().dueHeads(T0, LEASE, 10).get(0).id();
        store().claim(id, T0, LEASE);

        List<QueuedMessage> whileClaimed = store().dueHeads(T0, LEASE, 10);
        store().retryLater(id, 1, T0);

        assertEquals(List.of(), whileClaimed);
        assertEquals(List.of("{\"html\":\"k1\"}"), dueTexts());
    }

    @Test
    void aRemovedMessageCannotBeClaimed() {
        store().add(message(KIM, "k1"));
        long id = store().dueHeads(T0, LEASE, 10).get(0).id();
        store().remove(id);

        assertFalse(store().claim(id, T0, LEASE));
    }

    @Test
    void removingAChatRemovesAllItsMessagesAndNoOther() {
        store().add(message(KIM, "k1"));
        store().add(message(KIM, "k2"));
        store().add(message(JOOST, "j1"));

        int removed = store().removeChat(KIM);

        assertEquals(2, removed);
        assertEquals(Set.of(JOOST), store().chats());
    }

    @Test
    void answersFirstTriedBeforeTheCutoffAreRemoved() {
        store().add(QueuedMessage.of(KIM, OptionalInt.empty(), "{}", minutes(-61)));
        store().add(QueuedMessage.of(JOOST, OptionalInt.empty(), "{}", minutes(-59)));

        int removed = store().removeAnswersFirstTriedBefore(minutes(-60));

        assertEquals(1, removed);
        assertEquals(Set.of(JOOST), store().chats());
    }

    @Test
    void aRemindersMessageGoesByItsDueTimeNotByItsFirstTry() {
        store().add(QueuedMessage.ofReminder(KIM, "{}", minutes(-30), Fixtures.reminder("u51", minutes(-90))));
        store().add(QueuedMessage.ofReminder(JOOST, "{}", minutes(-120), Fixtures.reminder("u52", minutes(-59))));

        int answersRemoved = store().removeAnswersFirstTriedBefore(minutes(-60));
        int remindersRemoved = store().removeRemindersDueBefore(minutes(-60));

        assertEquals(0, answersRemoved, "a reminder's message is not aged as an answer");
        assertEquals(1, remindersRemoved);
        assertEquals(Set.of(JOOST), store().chats());
    }

    @Test
    void answersAreNotRemovedByTheRemindersDueTime() {
        store().add(QueuedMessage.of(KIM, OptionalInt.empty(), "{}", minutes(-120)));

        assertEquals(0, store().removeRemindersDueBefore(minutes(-60)));
        assertEquals(Set.of(KIM), store().chats());
    }

    @Test
    void aHandedOverReminderIsQueuedWithItsDueTimeAndDeleted() {
        Reminder due = claimedReminder();
        QueuedMessage first = QueuedMessage.ofReminder(KIM, "{\"html\":\"r1\"}", T0, due);
        QueuedMessage second = QueuedMessage.ofReminder(KIM, "{\"html\":\"r2\"}", T0, due);

        boolean queued = store().addReminder(due.id(), List.of(first, second));

        assertTrue(queued);
        QueuedMessage head = store().dueHeads(T0, LEASE, 10).get(0);
        assertEquals(first.withId(head.id()), head);
        assertEquals(List.of(), stores().reminders().claimDue(minutes(60), REMINDER_LEASE, 10),
                "the reminder is gone: it is not due again once its claim runs out");
        store().remove(head.id());
        assertEquals(List.of("{\"html\":\"r2\"}"), dueTexts());
    }

    /** The try whose claim ran out, after another try handed the reminder over: it must not queue it again. */
    @Test
    void aReminderIsHandedOverOnceOnly() {
        Reminder due = claimedReminder();
        store().addReminder(due.id(), List.of(QueuedMessage.ofReminder(KIM, "{}", T0, due)));

        boolean again = store().addReminder(due.id(), List.of(QueuedMessage.ofReminder(KIM, "{}", minutes(11), due)));

        assertFalse(again);
        assertEquals(1, store().dueHeads(minutes(11), LEASE, 10).size());
        store().remove(store().dueHeads(minutes(11), LEASE, 10).get(0).id());
        assertEquals(Set.of(), store().chats(), "one message only was queued");
    }

    @Test
    void forgettingAUserDropsTheirQueuedRemindersButNotTheChatsAnswersNorOtherUsersReminders() {
        store().add(message(KIM, "answer"));
        Reminder due = claimedReminder();
        store().addReminder(due.id(), List.of(QueuedMessage.ofReminder(KIM, "{\"html\":\"mine\"}", T0, due)));
        store().add(QueuedMessage.ofReminder(KIM, "{\"html\":\"theirs\"}", T0, Fixtures.reminder("u52", minutes(-1))));

        int deleted = stores().reminders().deleteUser("u51");

        assertEquals(1, deleted, "the queued reminder counts as one of the user's reminders");
        assertEquals(List.of(new QueuedMessage.Origin("u52", "redeem_deadline", minutes(-1))), store().queuedReminders("u52"));
        assertEquals(List.of(), store().queuedReminders("u51"));
        assertEquals(List.of("{\"html\":\"answer\"}"), dueTexts());
    }

    @Test
    void forgettingOneDateDropsOnlyTheQueuedRemindersAboutItsRules() {
        Reminder redeem = Fixtures.reminder("u51", minutes(-2));
        Reminder expiry = new Reminder(0, "u51", "tg:u51", redeem.lang(), "benefit_expiry", redeem.eventDate(), 0,
                minutes(-1), Reminder.Status.SCHEDULED);
        store().add(QueuedMessage.ofReminder(KIM, "{}", T0, redeem));
        store().add(QueuedMessage.ofReminder(KIM, "{}", T0, expiry));

        int removed = store().removeReminders("u51", Set.of("redeem_deadline", "another_rule"));

        assertEquals(1, removed);
        assertEquals(List.of(QueuedMessage.Origin.of(expiry)), store().queuedReminders("u51"));
    }

    @Test
    void aReminderQueuedAsSeveralMessagesIsListedOnce() {
        Reminder due = claimedReminder();

        store().addReminder(due.id(), List.of(QueuedMessage.ofReminder(KIM, "{}", T0, due), QueuedMessage.ofReminder(KIM, "{}", T0, due)));

        assertEquals(List.of(QueuedMessage.Origin.of(due)), store().queuedReminders("u51"));
    }

    @Test
    void anAnswerIsQueuedWithItsUpdateMarkedAnswered() {
        stores().updates().receive(new JournaledUpdate(7, "{}", T0));
        stores().updates().receive(new JournaledUpdate(8, "{}", T0));

        store().addAnswer(7, T0, List.of(message(KIM, "a1"), message(KIM, "a2")));

        assertEquals(List.of(8L), stores().updates().unanswered().stream().map(JournaledUpdate::updateId).toList());
        assertEquals(List.of("{\"html\":\"a1\"}"), dueTexts());
        store().remove(store().dueHeads(T0, LEASE, 10).get(0).id());
        assertEquals(List.of("{\"html\":\"a2\"}"), dueTexts());
    }

    /** Kim's reminder, due a minute before T0 and claimed at T0. */
    protected Reminder claimedReminder() {
        stores().reminders().schedule(Fixtures.reminder("u51", minutes(-1)));
        return stores().reminders().claimDue(T0, REMINDER_LEASE, 10).get(0);
    }
}
