package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.faqbot.store.InMemoryUpdateJournal;
import org.faqbot.store.JournaledUpdate;
import org.faqbot.store.StoreException;
import org.faqbot.store.UpdateJournal;
import org.faqbot.telegram.fake.Call;
import org.faqbot.telegram.fake.Fault;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.SentMessage;
import org.faqbot.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the bot does when Telegram, the network, the core, the process or the users misbehave. */
class ReliabilityIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final FakeUser KIM = FakeUser.english(51);
    private static final FakeChat KIM_CHAT = FakeChat.privateWith(KIM);
    private static final FakeUser JOOST = FakeUser.dutch(52);
    private static final FakeChat JOOST_CHAT = FakeChat.privateWith(JOOST);

    private final ScriptedAssistant core = new ScriptedAssistant();
    private RunningBot running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    private FakeBotApi start() {
        running = RunningBot.start(core);
        return running.fake;
    }

    private static List<Call> sendsTo(FakeBotApi fake, FakeChat chat) {
        return fake.calls("sendMessage").stream().filter(c -> c.chatId() == chat.id()).toList();
    }

    /**
     * Waits until the chat's successful send is in the call log too: the fake stores the chat's message
     * before it logs the call with its status, so the log may lag the message by a moment.
     */
    private static void awaitLogged(FakeBotApi fake, FakeChat chat) {
        fake.awaitCalls(c -> c.is("sendMessage") && c.chatId() == chat.id() && c.ok(), 1, WAIT);
    }

    private static long millisBetween(Call first, Call second) {
        return Duration.ofNanos(second.atNanos() - first.atNanos()).toMillis();
    }

    @Test
    void tooManyRequestsIsWaitedOutThenSent() {
        FakeBotApi fake = start();
        fake.failNext("sendMessage", Fault.tooManyRequests(1));

        fake.sendText(KIM_CHAT, KIM, "hello");
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitLogged(fake, KIM_CHAT);

        List<Call> sends = sendsTo(fake, KIM_CHAT);
        assertEquals(List.of(429, 200), sends.stream().map(Call::status).toList());
        assertTrue(millisBetween(sends.get(0), sends.get(1)) >= 1_000, "retried after retry_after");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingWaits() {
        FakeBotApi fake = start();
        fake.failNext("sendMessage", Fault.serverError(500), Fault.serverError(502));

        fake.sendText(KIM_CHAT, KIM, "hello");
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitLogged(fake, KIM_CHAT);

        List<Call> sends = sendsTo(fake, KIM_CHAT);
        assertEquals(List.of(500, 502, 200), sends.stream().map(Call::status).toList());
        assertTrue(millisBetween(sends.get(0), sends.get(1)) >= 50);
        assertTrue(millisBetween(sends.get(1), sends.get(2)) >= 100);
    }

    @Test
    void proxyErrorPageIsRetried() {
        FakeBotApi fake = start();
        fake.failNext("sendMessage", Fault.badGatewayPage());

        fake.sendText(KIM_CHAT, KIM, "hello");

        assertEquals("You wrote: hello", fake.awaitSent(KIM_CHAT.id(), 1, WAIT).get(0).plain());
    }

    @Test
    void pollingSurvivesRepeatedGetUpdatesFailures() {
        FakeBotApi fake = start();
        fake.failNext("getUpdates", Fault.serverError(500), Fault.serverError(502), Fault.badGatewayPage(),
                Fault.tooManyRequests(1), Fault.serverError(503));

        fake.sendText(KIM_CHAT, KIM, "are you there?");

        assertEquals("You wrote: are you there?", fake.awaitSent(KIM_CHAT.id(), 1, WAIT).get(0).plain());
        // The poll already waiting when the faults were queued may bring the message before any of them is met, so the
        // failures are awaited on their own (backing off through them takes seconds), and a message after them shows
        // that polling went on.
        assertEquals(5, fake.awaitCalls(c -> c.is("getUpdates") && !c.ok(), 5, Duration.ofSeconds(30)).size());
        fake.sendText(KIM_CHAT, KIM, "still there?");
        assertEquals("You wrote: still there?", fake.awaitSent(KIM_CHAT.id(), 2, WAIT).get(1).plain());
    }

    @Test
    void anUpdateWithAPartTheLibraryCannotReadIsAnsweredAndHoldsUpNoOther() {
        FakeBotApi fake = start();

        fake.sendText(KIM_CHAT, KIM, "before");
        // A field whose type a later Bot API changed (as 7.0 did to "quote"): this library version cannot read it.
        fake.sendMessage(KIM_CHAT, KIM, m -> m.put("text", "quoting").put("quote", "a quote as a later Bot API sends it"));
        fake.sendText(KIM_CHAT, KIM, "after");
        List<SentMessage> sent = fake.awaitSent(KIM_CHAT.id(), 3, WAIT);

        assertEquals(List.of("You wrote: before", "You wrote: quoting", "You wrote: after"),
                sent.stream().map(SentMessage::plain).toList());
    }

    @Test
    void badRequestIsNotRetriedAndTheUserGetsAnApology() {
        FakeBotApi fake = start();
        fake.failNext("sendMessage", Fault.badRequest("message thread not found"));

        fake.sendText(KIM_CHAT, KIM, "hello");
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitLogged(fake, KIM_CHAT);

        List<Call> sends = sendsTo(fake, KIM_CHAT);
        assertEquals(List.of(400, 200), sends.stream().map(Call::status).toList());
        assertTrue(sends.get(1).text("text").startsWith("Sorry, something went wrong"));
    }

    @Test
    void aUserWhoBlockedTheBotGetsNoApologyAttemptAndTheBotGoesOn() {
        FakeBotApi fake = start();
        fake.failNext("sendMessage", new Fault(403, "{\"ok\":false,\"error_code\":403,"
                + "\"description\":\"Forbidden: bot was blocked by the user\"}"));

        fake.sendText(KIM_CHAT, KIM, "hello");
        fake.awaitCall(c -> c.is("sendMessage") && c.status() == 403, WAIT);
        fake.sendText(JOOST_CHAT, JOOST, "hallo");
        fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
        awaitAllMarkedAnswered();

        assertEquals(List.of(403), sendsTo(fake, KIM_CHAT).stream().map(Call::status).toList());
    }

    @Test
    void refusedHtmlIsSentOnceMoreAsPlainText() {
        FakeBotApi fake = start();
        fake.failNext("sendMessage", Fault.badRequest("can't parse entities: Unsupported start tag \"x\" at byte offset 0"));

        fake.sendText(KIM_CHAT, KIM, "/faq " + ScriptedAssistant.KEY);
        SentMessage sent = fake.awaitSent(KIM_CHAT.id(), 1, WAIT).get(0);
        awaitLogged(fake, KIM_CHAT);

        assertEquals("", sent.parseMode());
        assertTrue(sent.html().endsWith("Source: learn.microsoft.com (" + ScriptedAssistant.SOURCE + ")"), sent.html());
        assertEquals(2, sent.callbackData().size());
        assertEquals(2, sendsTo(fake, KIM_CHAT).size());
    }

    @Test
    void chatSendingTooFastIsAskedOnceToSlowDownAndOthersAreNotSlowed() {
        FakeBotApi fake = start();

        for (int i = 1; i <= 24; i++) {
            fake.sendText(KIM_CHAT, KIM, "question " + i);
        }
        fake.sendText(JOOST_CHAT, JOOST, "ik ben er ook");
        List<SentMessage> kim = fake.awaitSent(KIM_CHAT.id(), 21, WAIT);
        List<SentMessage> joost = fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
        running.bot.stop();

        assertEquals(21, fake.sentTo(KIM_CHAT.id()).size());
        assertEquals("You wrote: question 20", kim.get(19).plain());
        assertTrue(kim.get(20).plain().startsWith("You are sending messages faster than I can answer them."));
        assertEquals("You wrote: ik ben er ook", joost.get(0).plain());
    }

    @Test
    void updateReceivedButNotAnsweredBeforeACrashIsAnsweredOnceAfterRestart() {
        FakeBotApi fake = start();
        fake.sendText(KIM_CHAT, KIM, "block");
        fake.sendText(KIM_CHAT, KIM, "next");
        awaitReceived(1);

        running.bot.abort();
        ScriptedAssistant restarted = new ScriptedAssistant();
        restarted.release.countDown();
        running.bot = running.startBot(restarted, Map.of());
        List<SentMessage> sent = fake.awaitSent(KIM_CHAT.id(), 2, WAIT);
        fake.sendText(KIM_CHAT, KIM, "after");
        fake.awaitSent(KIM_CHAT.id(), 3, WAIT);
        running.bot.stop();

        assertEquals(List.of("You wrote: block", "You wrote: next", "You wrote: after"),
                fake.sentTo(KIM_CHAT.id()).stream().map(SentMessage::plain).toList());
        assertTrue(running.journal.unanswered().isEmpty());
        assertEquals(sent.get(0).plain(), "You wrote: block");
    }

    @Test
    void restartAfterACleanStopAnswersNothingTwice() {
        FakeBotApi fake = start();
        fake.sendText(KIM_CHAT, KIM, "one");
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        running.bot.stop();

        running.bot = running.startBot(core, Map.of());
        fake.sendText(KIM_CHAT, KIM, "two");
        fake.awaitSent(KIM_CHAT.id(), 2, WAIT);
        running.bot.stop();

        assertEquals(List.of("You wrote: one", "You wrote: two"),
                fake.sentTo(KIM_CHAT.id()).stream().map(SentMessage::plain).toList());
    }

    @Test
    void stopFinishesTheUpdateInFlightAndStopsPolling() throws Exception {
        FakeBotApi fake = start();
        fake.sendText(KIM_CHAT, KIM, "block");
        awaitReceived(1);

        long started = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> running.bot.stop());
        Thread.sleep(200);
        core.release.countDown();
        stopping.get();
        long stopped = System.nanoTime();
        fake.sendText(KIM_CHAT, KIM, "too late");
        Thread.sleep(300);

        assertTrue(Duration.ofNanos(stopped - started).toSeconds() < 10);
        assertEquals(List.of("You wrote: block"), fake.sentTo(KIM_CHAT.id()).stream().map(SentMessage::plain).toList());
        assertTrue(fake.calls("getUpdates").stream().noneMatch(c -> c.atNanos() > stopped), "polled after the stop");
        assertTrue(running.journal.unanswered().isEmpty());
    }

    @Test
    void tokenAndMessageTextNeverAppearInTheLogs() throws Exception {
        try (LogCapture log = new LogCapture()) {
            FakeBotApi fake = start();
            fake.failNext("sendMessage", Fault.serverError(500), Fault.badRequest("chat not found"));
            fake.failNext("getUpdates", Fault.serverError(502));
            fake.sendText(KIM_CHAT, KIM, "my secret question");
            fake.sendText(KIM_CHAT, KIM, "boom");
            fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
            running.bot.stop();
            Map<String, String> deadServer = fake.env(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:9",
                    "TELEGRAM_SEND_ATTEMPTS", "2"));
            RuntimeException unreachable = assertThrows(RuntimeException.class, () -> TelegramBot.start(
                    TelegramSettings.fromEnv(deadServer), core, running.journal));

            assertFalse(unreachable.getMessage().contains(FakeBotApi.TOKEN), unreachable.getMessage());
            assertFalse(log.text().contains(FakeBotApi.TOKEN), "token in the log");
            assertFalse(log.text().contains("secret question"), "message text in the log");
            assertTrue(log.text().contains("sendmessage failed (400): Bad Request: chat not found"), "the log says what failed");
        }
    }

    @Test
    void rejectedTokenNamesTheSettingButNotTheToken() {
        FakeBotApi fake = start();
        Map<String, String> env = fake.env(Map.of("TELEGRAM_BOT_TOKEN", "987654321:WRONGwrongWRONGwrongWRONG"));

        SettingsException e = assertThrows(SettingsException.class,
                () -> TelegramBot.start(TelegramSettings.fromEnv(env), core, running.journal));

        assertEquals("TELEGRAM_BOT_TOKEN was rejected by the Bot API at " + fake.url()
                + " (401): check the token @BotFather gave you", e.getMessage());
    }

    @Test
    void atMostTheBoundOfAnswersIsOnItsWayToTelegramAtOnce() {
        running = RunningBot.start(core, Map.of("TELEGRAM_UNRECORDED_ANSWERS", "2"));
        FakeBotApi fake = running.fake;
        Fault[] slow = new Fault[10];
        Arrays.fill(slow, Fault.slow(Duration.ofMillis(150)));
        fake.failNext("sendMessage", slow);

        for (int i = 0; i < 10; i++) {
            FakeUser user = FakeUser.english(600 + i);
            fake.sendText(FakeChat.privateWith(user), user, "hello " + i);
        }
        fake.awaitCalls(c -> c.is("sendMessage") && c.ok(), 10, WAIT);

        assertEquals(2, fake.mostHandling("sendMessage"), "answers on their way to Telegram at once");
    }

    @Test
    void aFloodWaitBeforeAnythingWasSentLendsItsTurnToOtherChats() {
        running = RunningBot.start(core, Map.of("TELEGRAM_UNRECORDED_ANSWERS", "1"));
        FakeBotApi fake = running.fake;
        fake.failNext("sendMessage", Fault.tooManyRequests(2));
        fake.sendText(KIM_CHAT, KIM, "hello");
        fake.awaitCalls(c -> c.is("sendMessage") && c.status() == 429, 1, WAIT);

        fake.sendText(JOOST_CHAT, JOOST, "hallo");
        fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);
        awaitLogged(fake, JOOST_CHAT);
        awaitLogged(fake, KIM_CHAT);

        List<Call> kim = sendsTo(fake, KIM_CHAT);
        Call joost = sendsTo(fake, JOOST_CHAT).get(0);
        assertEquals(List.of(429, 200), kim.stream().map(Call::status).toList());
        assertTrue(joost.atNanos() < kim.get(1).atNanos(), "Joost's answer went out while Kim's waited out its 429");
        assertTrue(millisBetween(kim.get(0), kim.get(1)) >= 2_000, "Kim's answer still waited retry_after");
    }

    @Test
    void aFloodWaitAfterPartOfAnAnswerWasSentKeepsItsTurn() {
        running = RunningBot.start(core, Map.of("TELEGRAM_UNRECORDED_ANSWERS", "1"));
        FakeBotApi fake = running.fake;
        fake.failNext("sendMessage", Fault.slow(Duration.ZERO), Fault.tooManyRequests(1));
        fake.sendText(KIM_CHAT, KIM, "long");
        fake.awaitCalls(c -> c.is("sendMessage") && c.status() == 429, 1, WAIT);

        fake.sendText(JOOST_CHAT, JOOST, "hallo");
        fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
        awaitLogged(fake, JOOST_CHAT);

        List<Call> kim = sendsTo(fake, KIM_CHAT);
        Call joost = sendsTo(fake, JOOST_CHAT).get(0);
        assertTrue(kim.size() >= 4, "a long answer in parts, one refused once: " + kim.size());
        assertTrue(kim.stream().allMatch(c -> c.atNanos() < joost.atNanos()),
                "the answer that was on its way kept its permit until it was all sent");
    }

    @Test
    void anAnswerThatCannotBeSentGivesItsTurnBack() {
        running = RunningBot.start(core, Map.of("TELEGRAM_UNRECORDED_ANSWERS", "1"));
        FakeBotApi fake = running.fake;
        fake.failNext("sendMessage", Fault.badRequest("chat not found"), Fault.badRequest("chat not found"));
        fake.sendText(KIM_CHAT, KIM, "hello");
        fake.awaitCalls(c -> c.is("sendMessage") && !c.ok(), 2, WAIT);

        fake.sendText(JOOST_CHAT, JOOST, "hallo");

        assertEquals("You wrote: hallo", fake.awaitSent(JOOST_CHAT.id(), 1, WAIT).get(0).plain());
    }

    @Test
    void anAnswerWhoseRecordFailsGivesItsTurnBackWithoutAnApology() {
        running = RunningBot.start(core, Map.of("TELEGRAM_UNRECORDED_ANSWERS", "1"), new UnrecordableJournal());
        FakeBotApi fake = running.fake;
        fake.sendText(KIM_CHAT, KIM, "hello");
        fake.awaitSent(KIM_CHAT.id(), 1, WAIT);

        fake.sendText(JOOST_CHAT, JOOST, "hallo");
        fake.awaitSent(JOOST_CHAT.id(), 1, WAIT);
        running.bot.stop();

        assertEquals(List.of("You wrote: hello"), fake.sentTo(KIM_CHAT.id()).stream().map(SentMessage::plain).toList());
    }

    /** A journal whose "answered" marks always fail, as when the database goes away after a send. */
    private static final class UnrecordableJournal implements UpdateJournal {
        private final InMemoryUpdateJournal journal = new InMemoryUpdateJournal();

        @Override
        public boolean receive(JournaledUpdate update) {
            return journal.receive(update);
        }

        @Override
        public void markAnswered(long updateId, Instant at) {
            throw new StoreException("could not mark update " + updateId + " answered: the database is gone", null);
        }

        @Override
        public List<JournaledUpdate> unanswered() {
            return journal.unanswered();
        }

        @Override
        public OptionalLong lastUpdateId() {
            return journal.lastUpdateId();
        }

        @Override
        public int purgeAnsweredBefore(Instant cutoff) {
            return journal.purgeAnsweredBefore(cutoff);
        }
    }

    private void awaitReceived(int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (core.received.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the core got " + core.received.size() + " of " + count + " messages");
            }
            Thread.onSpinWait();
        }
    }

    /** Waits until the journal has no unanswered update: every update received so far was handled to its end. */
    private void awaitAllMarkedAnswered() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!running.journal.unanswered().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("updates left unanswered: " + running.journal.unanswered());
            }
            Thread.onSpinWait();
        }
    }
}
