package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.kb.Lang;
import org.faqbot.store.Database;
import org.faqbot.store.InMemoryUpdateJournal;
import org.faqbot.store.Reminder;
import org.faqbot.store.ReminderStore;
import org.faqbot.store.ResilientStores;
import org.faqbot.store.StoreSettings;
import org.faqbot.store.Stores;
import org.faqbot.store.TestPostgres;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.Fault;
import org.faqbot.telegram.fake.SentMessage;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders Telegram did not take, in the outbox over a real database: handed over once though the bot dies
 * right after, dropped a day after they were due rather than a day after their first try, and dropped by /forget.
 */
class ReminderOutboxIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Map<String, String> SHORT_RETRIES = Map.of("TELEGRAM_SEND_ATTEMPTS", "2");
    private static final FakeUser KIM = FakeUser.english(81);
    private static final FakeChat KIM_CHAT = FakeChat.privateWith(KIM);
    /** Longer than the claim a reminder being sent holds (ten minutes): a reminder left claimed is due again. */
    private static final Duration PAST_THE_REMINDER_LEASE = Duration.ofMinutes(11);
    private static final Duration HOLD_BACK = Duration.ofHours(1);

    @TempDir
    Path dataDir;

    private final ScriptedAssistant core = new ScriptedAssistant();
    private final ShiftedClock clock = new ShiftedClock();
    private final List<Database> databases = new ArrayList<>();
    private RunningBot running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        databases.forEach(Database::close);
    }

    @Test
    void aReminderQueuedJustBeforeTheBotDiedArrivesOnceOnH2() {
        aReminderQueuedJustBeforeTheBotDiedArrivesOnce(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString())));
    }

    @Test
    void aReminderQueuedJustBeforeTheBotDiedArrivesOnceOnPostgres() {
        aReminderQueuedJustBeforeTheBotDiedArrivesOnce(TestPostgres.freshDatabase());
    }

    /**
     * The bot dies after the reminder went to the outbox and before the reminder job could finish it (its
     * {@code finish} never runs). After the restart the outbox sends it, and once its claim has run out the
     * reminder job finds nothing to send again.
     */
    private void aReminderQueuedJustBeforeTheBotDiedArrivesOnce(StoreSettings settings) {
        Stores first = open(settings);
        running = RunningBot.start(core, SHORT_RETRIES, first.updates(), first.outbox(), clock);
        FakeBotApi fake = running.fake;
        fake.addChat(KIM_CHAT);
        fake.outage("sendMessage", Fault.serverError(503));
        first.reminders().schedule(kimsReminder(clock.instant().minusSeconds(60)));
        Stores dying = withReminders(first, unfinishing(first.reminders()));
        TestAssistants.standard(clock, dying).reminderSender(running.bot.sender()).sendDue();
        running.bot.stop();
        databases.remove(0).close();

        Stores reopened = open(settings);
        running.journal = reopened.updates();
        running.outbox = reopened.outbox();
        fake.endOutage("sendMessage");
        running.bot = running.startBot(core, SHORT_RETRIES);
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitOutboxEmpty();
        clock.shift(PAST_THE_REMINDER_LEASE);
        int sentAgain = TestAssistants.standard(clock, reopened).reminderSender(running.bot.sender()).sendDue();
        running.bot.stop();

        List<String> sent = plain(fake);
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).startsWith("Reminder: your benefits expire on"), sent.get(0));
        assertEquals(0, sentAgain, "the reminder handed to the outbox is not due again");
    }

    /**
     * Due 23 hours ago and refused by Telegram now, a reminder is queued; two hours on it is 25 hours late and
     * goes unsent, while Kim's answer queued at the same time keeps its day from its first try and arrives.
     */
    @Test
    void aQueuedReminderIsDroppedADayAfterItWasDueWhileAnAnswerQueuedWithItIsSent() {
        Stores stores = Stores.inMemory();
        try (LogCapture log = new LogCapture()) {
            running = RunningBot.start(core, SHORT_RETRIES, new InMemoryUpdateJournal(), stores.outbox(), clock);
            FakeBotApi fake = running.fake;
            fake.outage("sendMessage", Fault.serverError(502));
            fake.sendText(KIM_CHAT, KIM, "one");
            awaitQueued();
            stores.reminders().schedule(kimsReminder(clock.instant().minus(Duration.ofHours(23))));
            int handed = TestAssistants.standard(clock, stores).reminderSender(running.bot.sender()).sendDue();

            clock.shift(Duration.ofHours(2));
            fake.endOutage("sendMessage");
            fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
            awaitOutboxEmpty();
            running.bot.stop();

            assertEquals(1, handed, "23 hours late, the reminder was still worth sending");
            assertEquals(List.of("You wrote: one"), plain(fake));
            assertTrue(log.text().contains("dropped 1 queued reminder message(s) due before"), "the drop is logged");
        }
    }

    @Test
    void forgetDropsAReminderWaitingInTheOutboxButItsOwnAnswerArrivesOnH2() {
        forgetDropsAReminderWaitingInTheOutbox(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString())));
    }

    @Test
    void forgetDropsAReminderWaitingInTheOutboxButItsOwnAnswerArrivesOnPostgres() {
        forgetDropsAReminderWaitingInTheOutbox(TestPostgres.freshDatabase());
    }

    /**
     * Kim's reminder waits in the outbox while Telegram is away, and she has the bot forget everything: once
     * Telegram is back she gets the answer to /forget, and not the reminder about a date she had deleted.
     */
    private void forgetDropsAReminderWaitingInTheOutbox(StoreSettings settings) {
        Stores stores = open(settings);
        FaqAssistant realCore = TestAssistants.standard(clock, stores);
        running = RunningBot.start(realCore, SHORT_RETRIES, stores.updates(), stores.outbox(), clock);
        FakeBotApi fake = running.fake;
        fake.addChat(KIM_CHAT);
        fake.outage("sendMessage", Fault.serverError(503));
        stores.reminders().schedule(kimsReminder(clock.instant().minusSeconds(60)));
        int handed = realCore.reminderSender(running.bot.sender()).sendDue();
        holdTheOutboxBack();

        fake.sendText(KIM_CHAT, KIM, "/forget confirm");
        await(() -> running.outbox.queuedReminders("tg:" + KIM.id()).isEmpty() && !running.outbox.chats().isEmpty(),
                "the answer to /forget was not queued in place of the reminder");
        fake.endOutage("sendMessage");
        clock.shift(HOLD_BACK);
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitOutboxEmpty();
        running.bot.stop();

        assertEquals(1, handed, "the reminder went to the outbox");
        List<String> sent = plain(fake);
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).startsWith("Done: I deleted your remembered dates (0), your reminders (1)"), sent.get(0));
    }

    /**
     * Once the outbox has tried the queued reminder a few times, turns the clock back so that it tries nothing
     * until the clock is put forward again: a try under way when /forget deletes the message could still reach
     * Telegram (nothing calls a message back), and the test is about what /forget leaves queued.
     */
    private void holdTheOutboxBack() {
        await(() -> running.outbox.dueHeads(clock.instant().plus(HOLD_BACK), Duration.ZERO, 10).stream()
                .anyMatch(m -> m.attempts() >= 3), "the outbox did not try the reminder");
        clock.shift(HOLD_BACK.negated());
    }

    private Stores open(StoreSettings settings) {
        Database database = Database.open(settings, Clock.systemUTC());
        databases.add(database);
        return ResilientStores.wrap(database.stores(), database::available, Clock.systemUTC()).stores();
    }

    private static Stores withReminders(Stores stores, ReminderStore reminders) {
        return new Stores(stores.conversations(), stores.profiles(), stores.questions(), reminders, stores.updates(),
                stores.outbox());
    }

    /** The reminders as a bot sees them that dies before it can finish the reminder it sent. */
    private static ReminderStore unfinishing(ReminderStore store) {
        return (ReminderStore) Proxy.newProxyInstance(ReminderStore.class.getClassLoader(), new Class<?>[] {ReminderStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("finish")) {
                        return null;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Kim's reminder, a week before her benefits expire. */
    private static Reminder kimsReminder(Instant dueAt) {
        LocalDate expiry = LocalDate.ofInstant(dueAt, ZoneOffset.UTC).plusDays(7);
        return new Reminder(0, "tg:" + KIM.id(), "tg:" + KIM_CHAT.id(), Lang.EN, "redeem_deadline", expiry, 7,
                dueAt, Reminder.Status.SCHEDULED);
    }

    private List<String> plain(FakeBotApi fake) {
        return fake.sentTo(KIM_CHAT.id()).stream().map(SentMessage::plain).toList();
    }

    private void awaitQueued() {
        await(() -> !running.outbox.chats().isEmpty(), "nothing was queued");
    }

    private void awaitOutboxEmpty() {
        await(() -> running.outbox.chats().isEmpty(), "the outbox still holds messages");
    }

    private static void await(java.util.function.BooleanSupplier done, String failure) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
