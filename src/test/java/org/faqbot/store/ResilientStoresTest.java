package org.faqbot.store;

import static org.faqbot.store.Fixtures.LEAP_DAY;
import static org.faqbot.store.Fixtures.NEW_YEAR;
import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.faqbot.store.Fixtures.reminder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.Test;

class ResilientStoresTest {

    private final FlakyStores flaky = new FlakyStores();
    private final TestClock clock = new TestClock(T0);
    private final ResilientStores resilient = ResilientStores.wrap(flaky.stores, flaky::available, clock);
    private final Stores stores = resilient.stores();

    @Test
    void readsAnswerEmptyWhileTheDatabaseIsDown() {
        flaky.real.profiles().save(new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0));
        flaky.down.set(true);

        assertEquals(List.of(), stores.profiles().facts("u1"));
        assertEquals(Optional.empty(), stores.conversations().find("tg:1"));
        assertEquals(List.of(), stores.reminders().claimDue(T0, Duration.ofMinutes(5), 10));
        assertEquals(List.of(), stores.updates().unanswered());
        assertEquals(OptionalLong.empty(), stores.updates().lastUpdateId());
    }

    @Test
    void theOutboxSaysItCannotTellWhichChatsHaveQueuedMessagesRatherThanNone() {
        flaky.real.outbox().add(QueuedMessage.of(51, OptionalInt.empty(), "{}", T0));
        flaky.down.set(true);

        assertThrows(StoreUnavailableException.class, () -> stores.outbox().chats());
        assertEquals(List.of(), stores.outbox().dueHeads(T0, Duration.ofMinutes(2), 10));
    }

    @Test
    void aSentMessagesRemovalWhileDownIsReplayedSoItIsNotSentAgain() {
        flaky.real.outbox().add(QueuedMessage.of(51, OptionalInt.empty(), "{}", T0));
        long id = stores.outbox().dueHeads(T0, Duration.ofMinutes(2), 10).get(0).id();
        flaky.down.set(true);
        stores.outbox().remove(id);

        flaky.down.set(false);
        clock.advance(Degrader.RETRY_AFTER);

        assertEquals(List.of(), stores.outbox().dueHeads(clock.instant(), Duration.ofMinutes(2), 10));
        assertEquals(Set.of(), stores.outbox().chats());
    }

    /**
     * While down, a reminder's handover waits behind the chat's earlier message and is replayed after it; until
     * then the reminder stays claimed in the database, so a stop before the replay loses nothing.
     */
    @Test
    void aRemindersHandoverWhileDownIsReplayedBehindTheChatsEarlierMessage() {
        flaky.real.reminders().schedule(reminder("u51", minutes(-1)));
        Reminder due = flaky.real.reminders().claimDue(T0, Duration.ofMinutes(10), 10).get(0);
        flaky.down.set(true);
        stores.outbox().add(QueuedMessage.of(51, OptionalInt.empty(), "{\"html\":\"answer\"}", T0));
        boolean queued = stores.outbox().addReminder(due.id(), List.of(QueuedMessage.ofReminder(51, "{\"html\":\"reminder\"}", T0, due)));
        List<Reminder> stillClaimed = flaky.real.reminders().claimDue(minutes(11), Duration.ofMinutes(10), 10);

        flaky.down.set(false);
        clock.advance(Degrader.RETRY_AFTER);
        QueuedMessage first = stores.outbox().dueHeads(clock.instant(), Duration.ofMinutes(2), 10).get(0);
        stores.outbox().remove(first.id());
        QueuedMessage second = stores.outbox().dueHeads(clock.instant(), Duration.ofMinutes(2), 10).get(0);

        assertTrue(queued);
        assertEquals(List.of(due.id()), stillClaimed.stream().map(Reminder::id).toList(), "not finished before the replay");
        assertEquals("{\"html\":\"answer\"}", first.message());
        assertEquals("{\"html\":\"reminder\"}", second.message());
        assertEquals(List.of(), flaky.real.reminders().pending("u51"));
    }

    @Test
    void anUpdateCountsAsNewWhenTheJournalCannotBeChecked() {
        flaky.real.updates().receive(UpdateJournalContract.update(1));
        flaky.down.set(true);

        assertTrue(stores.updates().receive(UpdateJournalContract.update(1)));
    }

    @Test
    void writesWhileDownAreQueuedAndReplayedInOrderOnceTheDatabaseIsBack() {
        flaky.down.set(true);
        ConversationState first = ConversationState.empty("tg:1", T0).withLangChoice(Optional.of(Lang.NL), T0);
        ConversationState second = first.withLangChoice(Optional.of(Lang.EN), minutes(1));
        stores.conversations().save(first);
        stores.conversations().save(second);
        assertEquals(2, resilient.queuedWrites());

        flaky.down.set(false);
        clock.advance(Degrader.RETRY_AFTER);

        assertEquals(Optional.of(second), stores.conversations().find("tg:1"));
        assertEquals(0, resilient.queuedWrites());
    }

    @Test
    void schedulingAReminderWhileDownThrowsSoTheUserCanBeTold() {
        flaky.down.set(true);

        assertThrows(StoreUnavailableException.class, () -> stores.reminders().schedule(reminder("u1", minutes(5))));
    }

    @Test
    void afterAFailureTheDatabaseIsLeftAloneForAWhile() {
        flaky.down.set(true);
        stores.profiles().facts("u1");
        int callsAfterFailure = flaky.calls.get();

        stores.profiles().facts("u1");
        stores.profiles().save(new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0));
        assertThrows(StoreUnavailableException.class, () -> stores.profiles().deleteUser("u1"));

        assertEquals(callsAfterFailure, flaky.calls.get());
    }

    @Test
    void theDatabaseIsTriedAgainOnceTheRetryPauseIsOver() {
        flaky.down.set(true);
        stores.profiles().facts("u1");
        flaky.down.set(false);
        ProfileFact fact = new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0);
        flaky.real.profiles().save(fact);

        clock.advance(Degrader.RETRY_AFTER);

        assertEquals(List.of(fact), stores.profiles().facts("u1"));
    }

    @Test
    void aSuccessfulProbeEndsTheRetryPauseAndReplaysTheQueue() {
        flaky.down.set(true);
        ProfileFact fact = new ProfileFact("u1", "benefit_expiry", NEW_YEAR, T0);
        stores.profiles().save(fact);
        assertFalse(resilient.available());

        flaky.down.set(false);

        assertTrue(resilient.available());
        assertEquals(List.of(fact), flaky.real.profiles().facts("u1"));
    }

    @Test
    void aFullQueueDropsTheOldestWrite() {
        flaky.down.set(true);
        for (int i = 0; i <= Degrader.QUEUE_CAPACITY; i++) {
            stores.questions().record(new QuestionEvent(minutes(i), Lang.EN, QuestionEvent.Outcome.ANSWERED, "", List.of()));
        }

        flaky.down.set(false);
        resilient.available();

        assertEquals(1, resilient.droppedWrites());
        List<QuestionEvent> kept = flaky.real.questions().events(minutes(-1));
        assertEquals(Degrader.QUEUE_CAPACITY, kept.size());
        assertEquals(minutes(1), kept.get(0).at());
    }

    @Test
    void aDroppedWriteIsLoggedWithItsKindAndChatButNoText() {
        flaky.down.set(true);
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i <= Degrader.QUEUE_CAPACITY; i++) {
                stores.outbox().add(QueuedMessage.of(51 + i, OptionalInt.empty(), "{\"html\":\"Kim's own words\"}", T0));
            }

            assertTrue(log.text().contains("dropped 1 of the oldest since the last line, the latest 'queue a Telegram message for chat 51'"
                    + " (1 dropped since the start)"),
                    log.text());
            assertFalse(log.text().contains("Kim's own words"), "no message text is logged");
        }
    }

    @Test
    void anErrorThatIsNoOutagePassesThrough() {
        StoreException bug = new StoreException("could not read profile: syntax error", null);
        Stores broken = new Stores(flaky.stores.conversations(), new ProfileStore() {
            @Override
            public List<ProfileFact> facts(String userId) {
                throw bug;
            }

            @Override
            public void save(ProfileFact fact) {
                throw bug;
            }

            @Override
            public boolean deleteFact(String userId, String fact) {
                throw bug;
            }

            @Override
            public int deleteUser(String userId) {
                throw bug;
            }
        }, flaky.stores.questions(), flaky.stores.reminders(), flaky.stores.updates(), flaky.stores.outbox());
        ProfileStore profiles = ResilientStores.wrap(broken, () -> true, clock).stores().profiles();

        StoreException thrown = assertThrows(StoreException.class, () -> profiles.facts("u1"));

        assertSame(bug, thrown);
    }
}
