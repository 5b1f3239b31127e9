package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.ReminderSender;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.kb.Lang;
import org.faqbot.store.Database;
import org.faqbot.store.InMemoryOutboxStore;
import org.faqbot.store.InMemoryUpdateJournal;
import org.faqbot.store.QueuedMessage;
import org.faqbot.store.Reminder;
import org.faqbot.store.ResilientStores;
import org.faqbot.store.StoreSettings;
import org.faqbot.store.Stores;
import org.faqbot.store.TestPostgres;
import org.faqbot.store.UpdateJournal;
import org.faqbot.telegram.fake.Call;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.Fault;
import org.faqbot.telegram.fake.SentMessage;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telegram away for longer than the send retries: the answers of that time wait in the outbox. */
class OutboxIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Two tries 50 ms apart: the outage outlasts the retries at once. */
    private static final Map<String, String> SHORT_RETRIES = Map.of("TELEGRAM_SEND_ATTEMPTS", "2");
    private static final FakeUser KIM = FakeUser.english(71);
    private static final FakeChat KIM_CHAT = FakeChat.privateWith(KIM);
    private static final FakeUser JOOST = FakeUser.dutch(72);
    private static final FakeChat JOOST_CHAT = FakeChat.privateWith(JOOST);
    /** Longer than the claim a reminder being sent holds (ten minutes): a reminder left claimed is due again. */
    private static final Duration PAST_THE_REMINDER_LEASE = Duration.ofMinutes(11);
    private static final Fault FORBIDDEN = new Fault(403, "{\"ok\":false,\"error_code\":403,"
            + "\"description\":\"Forbidden: bot was blocked by the user\"}");

    @TempDir
    Path dataDir;

    private final ScriptedAssistant core = new ScriptedAssistant();
    private final List<Database> databases = new ArrayList<>();
    private RunningBot running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        databases.forEach(Database::close);
    }

    private FakeBotApi start(Map<String, String> settings) {
        running = RunningBot.start(core, settings);
        return running.fake;
    }

    private Stores openDatabase() {
        Database database = Database.open(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString())),
                Clock.systemUTC());
        databases.add(database);
        return ResilientStores.wrap(database.stores(), database::available, Clock.systemUTC()).stores();
    }

    private static List<String> plain(FakeBotApi fake, FakeChat chat) {
        return fake.sentTo(chat.id()).stream().map(SentMessage::plain).toList();
    }

    @Test
    void answersOfAnOutageLongerThanTheRetriesArriveOnceAndInOrderWhenTelegramIsBack() {
        FakeBotApi fake = start(SHORT_RETRIES);
        fake.outage("sendMessage", Fault.serverError(502));
        fake.sendText(KIM_CHAT, KIM, "one");
        fake.sendText(KIM_CHAT, KIM, "two");
        awaitAnswered(fake.sendText(JOOST_CHAT, JOOST, "hallo"));

        fake.endOutage("sendMessage");
        fake.sendText(KIM_CHAT, KIM, "three");
        fake.awaitSent(KIM_CHAT.id(), 3, WAIT);
        fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
        awaitOutboxEmpty();
        running.bot.stop();

        assertEquals(List.of("You wrote: one", "You wrote: two", "You wrote: three"), plain(fake, KIM_CHAT));
        assertEquals(List.of("You wrote: hallo"), plain(fake, JOOST_CHAT));
    }

    @Test
    void aLongAnswerCutOffByTheOutageIsFinishedWithoutRepeatingItsSentParts() {
        FakeBotApi fake = start(SHORT_RETRIES);
        AtomicBoolean firstPartSent = new AtomicBoolean();
        fake.onCall(call -> {
            if (call.is("sendMessage") && call.ok() && firstPartSent.compareAndSet(false, true)) {
                fake.outage("sendMessage", Fault.badGatewayPage());
            }
        });
        awaitAnswered(fake.sendText(KIM_CHAT, KIM, "long"));

        fake.endOutage("sendMessage");
        List<SentMessage> sent = fake.awaitSent(KIM_CHAT.id(), 3, WAIT);
        awaitOutboxEmpty();
        running.bot.stop();

        assertEquals(3, fake.sentTo(KIM_CHAT.id()).size(), "a 10,000-character answer is three messages");
        assertTrue(sent.get(0).plain().startsWith("Paragraph 0 "), sent.get(0).plain());
        assertTrue(sent.get(2).plain().endsWith("Source: learn.microsoft.com"), sent.get(2).plain());
        assertEquals(2, sent.get(2).callbackData().size(), "the buttons are kept");
    }

    @Test
    void queuedAnswersSurviveARestartOverTheSameDatabase() {
        Stores first = openDatabase();
        running = RunningBot.start(core, SHORT_RETRIES, first.updates(), first.outbox(), Clock.systemUTC());
        FakeBotApi fake = running.fake;
        fake.outage("sendMessage", Fault.serverError(503));
        fake.sendText(KIM_CHAT, KIM, "one");
        awaitAnswered(fake.sendText(KIM_CHAT, KIM, "two"));
        running.bot.stop();
        databases.remove(0).close();

        Stores reopened = openDatabase();
        running.journal = reopened.updates();
        running.outbox = reopened.outbox();
        fake.endOutage("sendMessage");
        running.bot = running.startBot(core, SHORT_RETRIES);
        fake.awaitSent(KIM_CHAT.id(), 2, WAIT);
        awaitOutboxEmpty();
        running.bot.stop();

        assertEquals(List.of("You wrote: one", "You wrote: two"), plain(fake, KIM_CHAT));
        assertTrue(running.journal.unanswered().isEmpty(), "answered from the outbox, not by replaying the updates");
    }

    @Test
    void aUserWhoBlockedTheBotLosesTheirQueuedAnswers() {
        FakeBotApi fake = start(SHORT_RETRIES);
        fake.outage("sendMessage", Fault.serverError(502));
        fake.sendText(KIM_CHAT, KIM, "one");
        awaitAnswered(fake.sendText(KIM_CHAT, KIM, "two"));

        fake.failNext("sendMessage", FORBIDDEN);
        fake.endOutage("sendMessage");
        Call refused = fake.awaitCall(c -> c.is("sendMessage") && c.status() == 403, WAIT);
        awaitOutboxEmpty();
        fake.sendText(JOOST_CHAT, JOOST, "hallo");
        fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
        running.bot.stop();

        assertEquals(KIM_CHAT.id(), refused.chatId());
        assertEquals(List.of(), plain(fake, KIM_CHAT));
        assertTrue(fake.calls("sendMessage").stream().noneMatch(c -> c.chatId() == KIM_CHAT.id() && c.atNanos() > refused.atNanos()),
                "nothing tried for the chat after the 403");
    }

    @Test
    void answersOlderThanTheMaxAgeAreDroppedUnsentWithALogLineWithoutTheirText() {
        ShiftedClock clock = new ShiftedClock();
        try (LogCapture log = new LogCapture()) {
            running = RunningBot.start(core, SHORT_RETRIES, new InMemoryUpdateJournal(), new InMemoryOutboxStore(), clock);
            FakeBotApi fake = running.fake;
            fake.outage("sendMessage", Fault.serverError(502));
            awaitAnswered(fake.sendText(KIM_CHAT, KIM, "my secret question"));

            clock.shift(Duration.ofHours(24).plusMinutes(1));
            awaitOutboxEmpty();
            fake.endOutage("sendMessage");
            fake.sendText(JOOST_CHAT, JOOST, "hallo");
            fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
            running.bot.stop();

            assertEquals(List.of(), plain(fake, KIM_CHAT));
            assertTrue(log.text().contains("dropped 1 queued Telegram message(s) first tried before"), "the drop is logged");
            assertFalse(log.text().contains("secret question"), "message text in the log");
            assertFalse(log.text().contains(FakeBotApi.TOKEN), "token in the log");
        }
    }

    @Test
    void answersYoungerThanTheMaxAgeAreStillSent() {
        ShiftedClock clock = new ShiftedClock();
        running = RunningBot.start(core, Map.of("TELEGRAM_SEND_ATTEMPTS", "2", "TELEGRAM_OUTBOX_MAX_AGE_HOURS", "2"),
                new InMemoryUpdateJournal(), new InMemoryOutboxStore(), clock);
        FakeBotApi fake = running.fake;
        fake.outage("sendMessage", Fault.serverError(502));
        awaitAnswered(fake.sendText(KIM_CHAT, KIM, "one"));

        clock.shift(Duration.ofMinutes(119));
        fake.endOutage("sendMessage");

        assertEquals("You wrote: one", fake.awaitSent(KIM_CHAT.id(), 1, WAIT).get(0).plain());
    }

    @Test
    void aReminderDueDuringAnOutageArrivesOnceAndAfterTheChatsQueuedAnswerWhenTelegramIsBack() {
        ShiftedClock clock = new ShiftedClock();
        Stores stores = Stores.inMemory();
        running = RunningBot.start(core, SHORT_RETRIES, stores.updates(), stores.outbox(), clock);
        ReminderSender reminders = TestAssistants.standard(clock, stores).reminderSender(running.bot.sender());
        FakeBotApi fake = running.fake;
        fake.outage("sendMessage", Fault.serverError(502));
        awaitAnswered(fake.sendText(KIM_CHAT, KIM, "one"));
        stores.reminders().schedule(dueReminder(clock));
        reminders.sendDue();

        fake.endOutage("sendMessage");
        fake.awaitSent(KIM_CHAT.id(), 2, WAIT);
        awaitOutboxEmpty();
        clock.shift(PAST_THE_REMINDER_LEASE);
        int sentAgain = reminders.sendDue();
        running.bot.stop();

        List<String> sent = plain(fake, KIM_CHAT);
        assertEquals(2, sent.size(), sent.toString());
        assertEquals("You wrote: one", sent.get(0));
        assertTrue(sent.get(1).startsWith("Reminder: your benefits expire on"), sent.get(1));
        assertEquals(0, sentAgain, "the reminder handed to the outbox is not sent again");
    }

    @Test
    void aReminderDoesNotOvertakeTheChatsQueuedAnswerOnceTelegramIsBack() {
        Stores stores = Stores.inMemory();
        running = RunningBot.start(core, SHORT_RETRIES, stores.updates(), stores.outbox(), Clock.systemUTC());
        ReminderSender reminders = TestAssistants.standard(Clock.systemUTC(), stores).reminderSender(running.bot.sender());
        FakeBotApi fake = running.fake;
        fake.outage("sendMessage", Fault.serverError(502));
        awaitAnswered(fake.sendText(KIM_CHAT, KIM, "one"));
        fake.outage("sendMessage", Fault.tooManyRequests(2));
        fake.awaitCall(c -> c.is("sendMessage") && c.status() == 429, WAIT);
        fake.endOutage("sendMessage");

        stores.reminders().schedule(dueReminder(Clock.systemUTC()));
        reminders.sendDue();
        fake.awaitSent(KIM_CHAT.id(), 2, WAIT);
        awaitOutboxEmpty();
        running.bot.stop();

        List<String> sent = plain(fake, KIM_CHAT);
        assertEquals(2, sent.size(), sent.toString());
        assertEquals("You wrote: one", sent.get(0), "the answer Telegram asked to wait for goes first");
        assertTrue(sent.get(1).startsWith("Reminder: "), sent.get(1));
    }

    @Test
    void aReminderQueuedBeforeARestartArrivesOnceAfterIt() {
        ShiftedClock clock = new ShiftedClock();
        Stores first = openDatabase();
        running = RunningBot.start(core, SHORT_RETRIES, first.updates(), first.outbox(), clock);
        FakeBotApi fake = running.fake;
        fake.addChat(KIM_CHAT);
        fake.outage("sendMessage", Fault.serverError(503));
        first.reminders().schedule(dueReminder(clock));
        TestAssistants.standard(clock, first).reminderSender(running.bot.sender()).sendDue();
        running.bot.stop();
        databases.remove(0).close();

        Stores reopened = openDatabase();
        running.journal = reopened.updates();
        running.outbox = reopened.outbox();
        fake.endOutage("sendMessage");
        running.bot = running.startBot(core, SHORT_RETRIES);
        ReminderSender reminders = TestAssistants.standard(clock, reopened).reminderSender(running.bot.sender());
        reminders.sendDue();
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitOutboxEmpty();
        clock.shift(PAST_THE_REMINDER_LEASE);
        int sentAgain = reminders.sendDue();
        running.bot.stop();

        List<String> sent = plain(fake, KIM_CHAT);
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).startsWith("Reminder: your benefits expire on"), sent.get(0));
        assertEquals(0, sentAgain, "the reminder handed to the outbox is not sent again");
    }

    /** Kim's reminder, a week before her benefits expire, due a minute ago. */
    private static Reminder dueReminder(Clock clock) {
        Instant now = clock.instant();
        LocalDate expiry = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(7);
        return new Reminder(0, "tg:" + KIM.id(), "tg:" + KIM_CHAT.id(), Lang.EN, "redeem_deadline", expiry, 7,
                now.minusSeconds(60), Reminder.Status.SCHEDULED);
    }

    @Test
    void anAnswerQueuedJustBeforeTheBotDiedArrivesOnceOnH2() {
        anAnswerQueuedJustBeforeTheBotDiedArrivesOnce(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString())));
    }

    @Test
    void anAnswerQueuedJustBeforeTheBotDiedArrivesOnceOnPostgres() {
        anAnswerQueuedJustBeforeTheBotDiedArrivesOnce(TestPostgres.freshDatabase());
    }

    /**
     * The bot dies after Kim's answer went to the outbox and before the journal's own "answered" mark (which
     * never runs here): the answer's queuing marked the update answered already, so the restart does not
     * answer it again, and the queued answer arrives once.
     */
    private void anAnswerQueuedJustBeforeTheBotDiedArrivesOnce(StoreSettings settings) {
        Stores first = open(settings);
        running = RunningBot.start(core, SHORT_RETRIES, unmarking(first.updates()), first.outbox(), Clock.systemUTC());
        FakeBotApi fake = running.fake;
        fake.outage("sendMessage", Fault.serverError(503));
        fake.sendText(KIM_CHAT, KIM, "one");
        awaitQueued(KIM_CHAT.id());
        running.bot.stop();
        databases.remove(0).close();

        Stores reopened = open(settings);
        int unansweredAfterTheCrash = reopened.updates().unanswered().size();
        running.journal = reopened.updates();
        running.outbox = reopened.outbox();
        fake.endOutage("sendMessage");
        running.bot = running.startBot(core, SHORT_RETRIES);
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitOutboxEmpty();
        running.bot.stop();

        assertEquals(0, unansweredAfterTheCrash, "queuing the answer marked its update answered");
        assertEquals(List.of("You wrote: one"), plain(fake, KIM_CHAT));
    }

    private Stores open(StoreSettings settings) {
        Database database = Database.open(settings, Clock.systemUTC());
        databases.add(database);
        return ResilientStores.wrap(database.stores(), database::available, Clock.systemUTC()).stores();
    }

    /** The journal as a bot sees it that dies before it can mark the update it answered. */
    private static UpdateJournal unmarking(UpdateJournal journal) {
        return (UpdateJournal) Proxy.newProxyInstance(UpdateJournal.class.getClassLoader(), new Class<?>[] {UpdateJournal.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("markAnswered")) {
                        return null;
                    }
                    try {
                        return method.invoke(journal, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void awaitQueued(long chatId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!running.outbox.chats().contains(chatId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing was queued for chat " + chatId);
            }
            sleep();
        }
    }

    /**
     * A message the client library will not build (a button without callback data) fails with no Telegram error:
     * it is put off and tried again with the doubling waits, as a 5xx is, and the other chats' messages go out
     * in the same round (it used to end the round and stay claimed for two minutes after each try); after three
     * such failures it goes out as plain text without its buttons (it used to be tried for a day, holding up
     * the chat's later answers).
     */
    @Test
    void aMessageThatKeepsFailingUnexpectedlyGoesOutAsPlainTextWhileOtherChatsGetTheirs() {
        FakeBotApi fake = start(SHORT_RETRIES);
        OutgoingMessage unbuildable = new OutgoingMessage("Kim's <b>private</b> answer",
                List.of(List.of(new Choice("press", ""))));
        fake.addChat(KIM_CHAT);
        fake.addChat(JOOST_CHAT);
        try (LogCapture log = new LogCapture()) {
            running.outbox.add(QueuedMessage.of(KIM_CHAT.id(), OptionalInt.empty(), OutgoingMessageJson.write(unbuildable),
                    Instant.now()));
            running.outbox.add(QueuedMessage.of(KIM_CHAT.id(), OptionalInt.empty(),
                    OutgoingMessageJson.write(OutgoingMessage.text("Kim's next answer")), Instant.now()));
            running.outbox.add(QueuedMessage.of(JOOST_CHAT.id(), OptionalInt.empty(),
                    OutgoingMessageJson.write(OutgoingMessage.text("hallo")), Instant.now()));

            fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
            List<SentMessage> kims = fake.awaitSent(KIM_CHAT.id(), 2, WAIT);
            running.bot.stop();

            assertEquals(List.of("Kim's private answer", "Kim's next answer"), plain(fake, KIM_CHAT));
            assertTrue(kims.get(0).keyboard().isMissingNode(), "no buttons: " + kims.get(0).keyboard());
            assertTrue(log.text().contains("failed unexpectedly (java.lang.IllegalStateException at "), log.text());
            assertTrue(log.text().contains("as plain text without buttons after failing unexpectedly"), log.text());
            assertFalse(log.text().contains("private answer"), "no message text is logged");
        }
    }

    /** Waits until update {@code updateId} and all before it were handled: answered, or queued in the outbox. */
    private void awaitAnswered(int updateId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (running.journal.lastUpdateId().orElse(-1) < updateId || !running.journal.unanswered().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("update " + updateId + " not handled; unanswered: " + running.journal.unanswered());
            }
            sleep();
        }
    }

    private void awaitOutboxEmpty() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Set<Long> chats;
        while (!(chats = running.outbox.chats()).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox still holds messages for " + chats);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
