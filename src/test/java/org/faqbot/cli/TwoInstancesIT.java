package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faqbot.dialog.TestClock;
import org.faqbot.store.StoreSettings;
import org.faqbot.store.TestPostgres;
import org.faqbot.telegram.TelegramSettings;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Two {@code serve} instances in webhook mode behind a load balancer (the fake Bot API hands each
 * update to the next instance in turn), sharing one PostgreSQL database and one webhook secret: the
 * deployment the README describes. The instances run in this JVM, on one test clock, so that a
 * reminder can fall due without waiting for it.
 */
class TwoInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "shared_Webhook-secret_42";
    /** The balancer's public address, which both instances give Telegram with setWebhook. */
    private static final URI PUBLIC_URL = URI.create("https://faqbot.example.org/telegram/webhook");
    private static final TestClock CLOCK = TestClock.at("2021-11-02");
    private static final String RENEW_ENTRY = "benefits-faq#q-how-do-i-renew-my-benefits";

    private static FakeBotApi fake;
    private static StoreSettings database;
    private static Server first;
    private static Server second;

    @BeforeAll
    static void start() throws IOException {
        fake = FakeBotApi.start();
        database = TestPostgres.freshDatabase();
        first = instance();
        second = instance();
        fake.balanceWebhook(List.of(backend(first), backend(second)));
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        fake.close();
    }

    private static Server instance() throws IOException {
        Map<String, String> env = fake.env(Map.of(TelegramSettings.WEBHOOK_URL, PUBLIC_URL.toString(),
                TelegramSettings.WEBHOOK_SECRET, SECRET, TelegramSettings.HTTP_PORT, "0",
                JobSettings.REMINDER_INTERVAL, "1"));
        return Server.start(new Server.Settings(env, TelegramSettings.fromEnv(env), database, JobSettings.fromEnv(env), CLOCK));
    }

    /** Where the balancer reaches an instance: its own port, the webhook's path. */
    private static URI backend(Server server) {
        return URI.create("http://127.0.0.1:" + server.httpPort() + PUBLIC_URL.getPath());
    }

    private static SentMessage say(FakeChat chat, FakeUser user, String text, int answersBefore) {
        fake.sendText(chat, user, text);
        return fake.awaitSent(chat.id(), answersBefore + 1, WAIT).get(answersBefore);
    }

    @Test
    void conversationStartedOnOneInstanceContinuesOnTheOther() {
        FakeUser user = FakeUser.english(1001);
        FakeChat chat = FakeChat.privateWith(user);
        int asked = fake.sendText(chat, user, "How long is my key valid?");
        SentMessage question = fake.awaitSent(chat.id(), 1, WAIT).get(0);

        int told = fake.sendText(chat, user, "1 December 2020");
        SentMessage answer = fake.awaitSent(chat.id(), 2, WAIT).get(1);

        assertNotEquals(fake.deliveredTo(asked).orElseThrow(), fake.deliveredTo(told).orElseThrow());
        assertTrue(question.plain().contains("On what date did you redeem the product key?"), question.plain());
        assertTrue(answer.plain().startsWith("You redeemed the product key on 1 December 2020, so you can use it until"
                + " 1 December 2021."), answer.plain());
    }

    @Test
    void reminderScheduledThroughOneInstanceIsSentOnceWhileBothLookForDueReminders() throws InterruptedException {
        FakeUser user = FakeUser.dutch(1002);
        FakeChat chat = FakeChat.privateWith(user);
        say(chat, user, "Onthoud dat onze voordelen op 31 januari 2022 verlopen", 0);
        say(chat, user, "/remind benefit_expiry", 1);

        CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2022-01-01T09:30:00Z")));
        SentMessage reminder = fake.awaitSent(chat.id(), 3, WAIT).get(2);
        Thread.sleep(2_500);

        assertTrue(reminder.plain().startsWith("Herinnering"), reminder.plain());
        assertEquals(3, fake.sentTo(chat.id()).size(), "one reminder although both instances ran the job at least twice");
    }

    @Test
    void feedbackGivenThroughBothInstancesLandsInOneReport() {
        FakeUser kim = FakeUser.english(1003);
        FakeUser sam = FakeUser.english(1004);
        SentMessage toKim = say(FakeChat.privateWith(kim), kim, "How do I renew my benefits?", 0);
        SentMessage toSam = say(FakeChat.privateWith(sam), sam, "How do I renew my benefits?", 0);
        String thumbsDown = toKim.callbackData().stream().filter(d -> d.startsWith("/feedback down ")).findFirst().orElseThrow();

        int fromKim = fake.pressButton(FakeChat.privateWith(kim), kim, toKim, thumbsDown);
        fake.awaitSent(kim.id(), 2, WAIT);
        int fromSam = fake.pressButton(FakeChat.privateWith(sam), sam, toSam, thumbsDown);
        fake.awaitSent(sam.id(), 2, WAIT);
        String report = report();

        assertNotEquals(fake.deliveredTo(fromKim).orElseThrow(), fake.deliveredTo(fromSam).orElseThrow());
        assertTrue(report.contains(String.format(Locale.ROOT, "%8d%8d  %s%n", 2, 0, RENEW_ENTRY)), report);
    }

    /** {@code faqbot report --since 2021-01-01} against the instances' database. */
    private static String report() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ReportCommand(CLOCK, Map.of(StoreSettings.DB_URL, database.jdbcUrl(),
                StoreSettings.DB_USER, database.user())));
        command.setOut(new PrintWriter(out, true));
        assertEquals(0, command.execute("--since", "2021-01-01"));
        return out.toString();
    }
}
