package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.faqbot.telegram.fake.Call;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot in webhook mode: the fake pushes updates to it with the secret header. */
class WebhookIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SECRET = "s3cret_Webhook-token";
    private static final FakeUser NOOR = FakeUser.dutch(61);
    private static final FakeChat NOOR_CHAT = FakeChat.privateWith(NOOR);

    private final HttpClient http = HttpClient.newHttpClient();
    private RunningBot running;
    private FakeBotApi fake;
    private URI webhook;

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        webhook = URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
        running = RunningBot.start(new ScriptedAssistant(), Map.of("TELEGRAM_WEBHOOK_URL", webhook.toString(),
                "TELEGRAM_WEBHOOK_SECRET", SECRET, "FAQBOT_HTTP_PORT", String.valueOf(port)));
        fake = running.fake;
        fake.addChat(NOOR_CHAT);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private int post(String secret, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookHandler.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String update(int id, String text) {
        return ("{'update_id':" + id + ",'message':{'message_id':1,'date':1700000000,"
                + "'from':{'id':61,'is_bot':false,'first_name':'Noor','language_code':'nl'},"
                + "'chat':{'id':61,'type':'private','first_name':'Noor'},'text':'" + text + "'}}").replace('\'', '"');
    }

    @Test
    void startSetsTheWebhookWithItsSecretInsteadOfPolling() {
        Call setWebhook = fake.calls("setWebhook").get(0);

        assertEquals(webhook.toString(), setWebhook.text("url"));
        assertEquals(SECRET, setWebhook.text("secret_token"));
        assertEquals(webhook, fake.webhookUrl().orElseThrow());
        assertTrue(fake.calls("getUpdates").isEmpty());
    }

    @Test
    void updatePushedByTelegramIsAnswered() {
        fake.sendText(NOOR_CHAT, NOOR, "Hoe verleng ik?");

        assertEquals("You wrote: Hoe verleng ik?", fake.awaitSent(NOOR_CHAT.id(), 1, WAIT).get(0).plain());
        assertEquals(200, fake.awaitCall(c -> c.is("webhook"), WAIT).status());
    }

    @Test
    void requestWithoutTheSecretIsForbidden() throws Exception {
        assertEquals(403, post(null, update(900, "sneaky")));
    }

    @Test
    void requestWithAWrongSecretIsForbidden() throws Exception {
        assertEquals(403, post(SECRET + "x", update(900, "sneaky")));
        assertEquals(403, post("", update(901, "sneaky")));
    }

    @Test
    void requestWithTheSecretIsAcceptedAndJournaledBeforeTheAnswer() throws Exception {
        assertEquals(200, post(SECRET, update(900, "hallo")));

        assertEquals(900L, running.journal.lastUpdateId().orElseThrow());
        fake.awaitSent(NOOR_CHAT.id(), 1, WAIT);
    }

    @Test
    void bodyThatIsNotAnUpdateIsABadRequest() throws Exception {
        assertEquals(400, post(SECRET, "{\"hello\":\"world\"}"));
    }

    @Test
    void updateWithAPartTheLibraryCannotReadIsAcceptedAndAnswered() throws Exception {
        String quoting = update(902, "doorgestuurd").replace("\"text\"", "\"quote\":\"a quote as a later Bot API sends it\",\"text\"");

        assertEquals(200, post(SECRET, quoting));
        assertEquals("You wrote: doorgestuurd", fake.awaitSent(NOOR_CHAT.id(), 1, WAIT).get(0).plain());
    }

    @Test
    void sameUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        assertEquals(200, post(SECRET, update(900, "once")));
        assertEquals(200, post(SECRET, update(900, "once")));
        fake.sendText(NOOR_CHAT, NOOR, "after");

        fake.awaitSent(NOOR_CHAT.id(), 2, WAIT);
        Thread.sleep(200);

        assertEquals(2, fake.sentTo(NOOR_CHAT.id()).size());
    }

    @Test
    void getIsNotAllowed() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(webhook).header(WebhookHandler.SECRET_HEADER, SECRET).GET().build();

        assertEquals(405, http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
