package org.faqbot.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake Bot API itself, spoken to over plain HTTP: it must be as strict as Telegram where it matters. */
class FakeBotApiIT {

    private static final FakeUser USER = FakeUser.english(5);
    private static final FakeChat CHAT = FakeChat.privateWith(USER);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeBotApi fake = FakeBotApi.start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private JsonNode post(String token, String method, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.url() + "/bot" + token + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')))
                .build();
        return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode post(String method, String body) throws IOException, InterruptedException {
        return post(FakeBotApi.TOKEN, method, body);
    }

    private static String description(JsonNode answer) {
        return answer.path("error_code").asInt() + " " + answer.path("description").asText();
    }

    @Test
    void wrongTokenIsUnauthorized() throws Exception {
        assertEquals("401 Unauthorized", description(post("1:wrong", "getMe", "{}")));
    }

    @Test
    void unknownMethodIsNotFound() throws Exception {
        assertEquals("404 Not Found", description(post("sendTelepathy", "{}")));
    }

    @Test
    void sendMessageAnswersWithAMessageOfTheChat() throws Exception {
        fake.addChat(CHAT);

        JsonNode message = post("sendMessage", "{'chat_id':5,'text':'<b>hi</b> &amp; bye','parse_mode':'HTML'}").get("result");

        assertEquals(1, message.get("message_id").asInt());
        assertEquals(5, message.at("/chat/id").asLong());
        assertEquals("private", message.at("/chat/type").asText());
        assertEquals("hi & bye", message.get("text").asText());
        assertTrue(Math.abs(message.get("date").asLong() - System.currentTimeMillis() / 1000) < 5, "date in seconds");
    }

    @Test
    void unknownChatIsNotFound() throws Exception {
        assertEquals("400 Bad Request: chat not found", description(post("sendMessage", "{'chat_id':99,'text':'hi'}")));
    }

    @Test
    void malformedHtmlIsRefusedLikeTelegram() throws Exception {
        fake.addChat(CHAT);

        JsonNode answer = post("sendMessage", "{'chat_id':5,'text':'<b>bold','parse_mode':'HTML'}");

        assertEquals("400 Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
                description(answer));
    }

    @Test
    void textOver4096CharactersAfterParsingIsTooLong() throws Exception {
        fake.addChat(CHAT);
        String fits = "<b>" + "x".repeat(4096) + "</b>";
        String tooLong = "&amp;".repeat(4097);

        JsonNode ok = post("sendMessage", "{'chat_id':5,'text':'" + fits + "','parse_mode':'HTML'}");
        JsonNode refused = post("sendMessage", "{'chat_id':5,'text':'" + tooLong + "','parse_mode':'HTML'}");

        assertTrue(ok.get("ok").asBoolean(), ok.toString());
        assertEquals("400 Bad Request: message is too long", description(refused));
    }

    @Test
    void callbackDataOver64BytesIsInvalid() throws Exception {
        fake.addChat(CHAT);
        String data = "é".repeat(33);

        JsonNode answer = post("sendMessage", "{'chat_id':5,'text':'hi','reply_markup':{'inline_keyboard':"
                + "[[{'text':'b','callback_data':'" + data + "'}]]}}");

        assertEquals("400 Bad Request: BUTTON_DATA_INVALID", description(answer));
    }

    @Test
    void formEncodedParametersWorkToo() throws Exception {
        fake.addChat(CHAT);
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.url() + "/bot" + FakeBotApi.TOKEN + "/sendMessage"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("chat_id=5&text=a%26b")).build();

        JsonNode answer = json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());

        assertEquals("a&b", answer.at("/result/text").asText());
    }

    @Test
    void updatesStayUntilAHigherOffsetConfirmsThem() throws Exception {
        int first = fake.sendText(CHAT, USER, "one");
        int second = fake.sendText(CHAT, USER, "two");

        JsonNode again = post("getUpdates", "{'limit':1}").get("result");
        JsonNode both = post("getUpdates", "{}").get("result");
        JsonNode rest = post("getUpdates", "{'offset':" + (first + 1) + "}").get("result");

        assertEquals(first, again.get(0).get("update_id").asInt());
        assertEquals(1, again.size());
        assertEquals(2, both.size());
        assertEquals(second, rest.get(0).get("update_id").asInt());
        assertEquals(1, fake.pendingUpdates());
    }

    @Test
    void longPollWaitsForAnUpdateThenReturnsIt() throws Exception {
        CompletableFuture<JsonNode> poll = CompletableFuture.supplyAsync(() -> call("getUpdates", "{'timeout':5}"));
        Thread.sleep(200);

        fake.sendText(CHAT, USER, "late");

        JsonNode result = poll.get().get("result");
        assertEquals("late", result.get(0).at("/message/text").asText());
    }

    @Test
    void newerPollEndsAnOlderWaitingOneWithConflict() throws Exception {
        CompletableFuture<JsonNode> older = CompletableFuture.supplyAsync(() -> call("getUpdates", "{'timeout':5}"));
        Thread.sleep(200);

        post("getUpdates", "{'timeout':0}");

        assertEquals("409 Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                description(older.get()));
    }

    @Test
    void injectedFaultsComeFirstThenNormalAnswers() throws Exception {
        fake.failNext("getMe", Fault.tooManyRequests(3), Fault.serverError(502));

        JsonNode limited = post("getMe", "{}");
        JsonNode broken = post("getMe", "{}");
        JsonNode fine = post("getMe", "{}");

        assertEquals(3, limited.at("/parameters/retry_after").asInt());
        assertEquals(429, limited.get("error_code").asInt());
        assertEquals(502, broken.get("error_code").asInt());
        assertEquals(FakeBotApi.BOT_USERNAME, fine.at("/result/username").asText());
    }

    @Test
    void answeringAQueryTwiceIsRefused() throws Exception {
        fake.inlineQuery(USER, "renew");
        String id = post("getUpdates", "{}").get("result").get(0).at("/inline_query/id").asText();

        JsonNode first = post("answerInlineQuery", "{'inline_query_id':'" + id + "','results':[]}");
        JsonNode second = post("answerInlineQuery", "{'inline_query_id':'" + id + "','results':[]}");

        assertTrue(first.get("ok").asBoolean());
        assertEquals("400 Bad Request: query is too old and response timeout expired or query ID is invalid",
                description(second));
    }

    @Test
    void commandMenuIsCheckedAndKeptPerLanguage() throws Exception {
        JsonNode bad = post("setMyCommands", "{'commands':[{'command':'Start!','description':'x'}]}");
        post("setMyCommands", "{'commands':[{'command':'start','description':'Begin'}],'language_code':'nl'}");

        assertEquals("400 Bad Request: BOT_COMMAND_INVALID", description(bad));
        assertEquals("Begin", fake.commands("nl").get(0).get("description").asText());
    }

    @Test
    void webhookGetsUpdatesWithTheSecretAndPollingConflicts() throws Exception {
        List<String> secrets = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            secrets.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
            exchange.sendResponseHeaders(secrets.size() == 1 ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            post("setWebhook", "{'url':'" + url + "','secret_token':'abc_123'}");
            fake.sendText(CHAT, USER, "pushed");

            fake.awaitCalls(c -> c.is("webhook") && c.status() == 200, 1, Duration.ofSeconds(5));
            JsonNode poll = post("getUpdates", "{}");

            assertEquals(List.of("abc_123", "abc_123"), secrets);
            assertEquals(0, fake.pendingUpdates());
            assertEquals(409, poll.get("error_code").asInt());
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void balancedWebhookDeliversEachUpdateToTheNextBackendWithTheSecret() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String backend : List.of("/a", "/b")) {
            receiver.createContext(backend, exchange -> {
                seen.add(backend + " " + exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
        }
        receiver.start();
        try {
            String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            post("setWebhook", "{'url':'https://bot.example.org/hook','secret_token':'abc_123'}");
            fake.balanceWebhook(List.of(URI.create(base + "/a"), URI.create(base + "/b")));
            int first = fake.sendText(CHAT, USER, "one");
            int second = fake.sendText(CHAT, USER, "two");
            int third = fake.sendText(CHAT, USER, "three");

            fake.awaitCalls(c -> c.is("webhook") && c.status() == 200, 3, Duration.ofSeconds(5));

            assertEquals(List.of("/a abc_123", "/b abc_123", "/a abc_123"), seen);
            assertEquals(URI.create(base + "/a"), fake.deliveredTo(first).orElseThrow());
            assertEquals(URI.create(base + "/b"), fake.deliveredTo(second).orElseThrow());
            assertEquals(URI.create(base + "/a"), fake.deliveredTo(third).orElseThrow());
        } finally {
            receiver.stop(0);
        }
    }

    private JsonNode call(String method, String body) {
        try {
            return post(method, body);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
