package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.Metrics;
import org.faqbot.dialog.ObservedAssistant;
import org.faqbot.dialog.ReloadableAssistant;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyJson;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.EntryKeys;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API on a free port with the real core over the shipped Benefits FAQ, called by the JDK client. */
class HttpApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestClock CLOCK = TestClock.at("2021-06-01");
    private static final List<String> REPLY_FIELDS =
            List.of("lang", "type", "faq_id", "confidence", "suggestions", "intent", "date", "ok", "text", "source_url", "choices");

    private static final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private static final Metrics metrics = new Metrics();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Stores stores = Stores.inMemory();
    private static HttpApi api;

    @BeforeAll
    static void start() {
        Assistant core = new ObservedAssistant(TestAssistants.standard(CLOCK, stores), metrics);
        api = HttpApi.start(0, new HttpApi.Endpoints(() -> core, metrics, () -> true, databaseUp::get));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    private static HttpResponse<String> post(String path, BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(body).build();
        return http.send(request, BodyHandlers.ofString());
    }

    private static HttpResponse<String> ask(String json) throws IOException, InterruptedException {
        return post("/api/ask", BodyPublishers.ofString(json.replace('\'', '"')));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(), BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** What {@code ask --json} writes for the first message of a conversation. */
    private static JsonNode askJson(String question, Optional<Lang> lang) throws IOException {
        FaqAssistant fresh = TestAssistants.standard(CLOCK);
        return JSON.readTree(ReplyJson.toLine(fresh.reply(new IncomingMessage("cli:one", "cli:one", question, lang, Optional.empty()))));
    }

    @Test
    void dutchQuestionGetsTheJsonOfAskJson() throws Exception {
        HttpResponse<String> response = ask("{'q': 'Hoe kan ik mijn voordelen verlengen?', 'conversation_id': 'nl-1'}");

        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(REPLY_FIELDS, fieldNames(body(response)));
        assertEquals(askJson("Hoe kan ik mijn voordelen verlengen?", Optional.empty()), body(response));
        assertEquals("nl", body(response).get("lang").asText());
        assertEquals("faq", body(response).get("type").asText());
    }

    @Test
    void englishQuestionWithALangHintGetsTheJsonOfAskJson() throws Exception {
        HttpResponse<String> response = ask("{'q': 'How do I renew my benefits?', 'conversation_id': 'en-1', 'lang': 'en'}");

        assertEquals(200, response.statusCode());
        assertEquals(askJson("How do I renew my benefits?", Optional.of(Lang.EN)), body(response));
        assertTrue(body(response).get("source_url").asText().startsWith("https://docs.microsoft.com/en-us/partner-center/"));
    }

    @Test
    void dateQuestionWithTodayGetsTheRuleAndItsDate() throws Exception {
        HttpResponse<String> response = ask("{'q': 'I redeemed my product key on 1 December 2020. Until when can I use it?',"
                + " 'conversation_id': 'date-1', 'today': '2021-01-10'}");

        JsonNode reply = body(response);
        assertEquals("rule", reply.get("type").asText());
        assertEquals("key_valid_until", reply.get("intent").asText());
        assertEquals("2021-12-01", reply.get("date").asText());
    }

    @Test
    void sameConversationIdContinuesTheConversation() throws Exception {
        JsonNode question = body(ask("{'q': 'How long is my key valid?', 'conversation_id': 'conv-1'}"));

        JsonNode answer = body(ask("{'q': '1 December 2020', 'conversation_id': 'conv-1', 'today': '2021-06-01'}"));

        assertEquals("faq", question.get("type").asText());
        assertEquals("key_valid_until", question.get("intent").asText());
        assertEquals("rule", answer.get("type").asText());
        assertEquals("key_valid_until", answer.get("intent").asText());
        assertEquals("2021-12-01", answer.get("date").asText());
    }

    @Test
    void anotherConversationIdStartsAfresh() throws Exception {
        ask("{'q': 'How long is my key valid?', 'conversation_id': 'conv-2'}");

        JsonNode other = body(ask("{'q': '1 December 2020', 'conversation_id': 'conv-3', 'today': '2021-06-01'}"));

        // A date alone in a fresh conversation is asked about ("What is 1 December 2020 for?"), not taken for conv-2's key.
        assertEquals("clarify", other.get("type").asText(), other.toString());
        assertTrue(other.get("intent").isNull(), other.toString());
    }

    @Test
    void invalidJsonIsABadRequestWithAJsonError() throws Exception {
        HttpResponse<String> response = ask("{'q': 'unterminated");

        assertEquals(400, response.statusCode());
        assertEquals(List.of("error"), fieldNames(body(response)));
        assertTrue(body(response).get("error").asText().startsWith("the body is not valid JSON: "), response.body());
    }

    @Test
    void bodyThatIsNotAnObjectIsABadRequest() throws Exception {
        HttpResponse<String> response = ask("['q']");

        assertEquals(400, response.statusCode());
        assertEquals("the body must be a JSON object", body(response).get("error").asText());
    }

    @Test
    void missingQuestionIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = ask("{'conversation_id': 'x'}");

        assertEquals(400, response.statusCode());
        assertEquals("missing field \"q\": expected a non-empty string", body(response).get("error").asText());
    }

    @Test
    void questionWithoutConversationIdIsAnsweredOnItsOwn() throws Exception {
        HttpResponse<String> response = ask("{'q': 'How do I renew my benefits?'}");

        assertEquals(200, response.statusCode());
        assertEquals(askJson("How do I renew my benefits?", Optional.empty()), body(response));
    }

    @Test
    void questionWithoutConversationIdKeepsNoConversation() throws Exception {
        JsonNode question = body(ask("{'q': 'How long is my key valid?'}"));

        JsonNode date = body(ask("{'q': '1 December 2020', 'today': '2021-06-01'}"));

        assertEquals("key_valid_until", question.get("intent").asText());
        // Without a conversation the date is asked about, not taken for the key question before it.
        assertEquals("clarify", date.get("type").asText(), date.toString());
        assertTrue(date.get("intent").isNull(), date.toString());
        assertEquals(Optional.empty(), stores.conversations().find("http:once"));
    }

    @Test
    void rememberWithoutConversationIdSaysWhyNothingIsKept() throws Exception {
        JsonNode reply = body(ask("{'q': 'Onthoud dat onze voordelen op 31 januari 2022 verlopen'}"));

        assertEquals("clarify", reply.get("type").asText());
        assertTrue(reply.get("text").asText().contains("conversation_id"), reply.toString());
        assertEquals(List.of(), stores.profiles().facts("http:once"));
    }

    @Test
    void conversationIdThatIsNoStringIsABadRequestQuotingIt() throws Exception {
        HttpResponse<String> response = ask("{'q': 'hallo', 'conversation_id': 42}");

        assertEquals(400, response.statusCode());
        assertEquals("\"conversation_id\" must be a non-empty string when given, got 42", body(response).get("error").asText());
    }

    @Test
    void unknownLanguageIsABadRequestQuotingIt() throws Exception {
        HttpResponse<String> response = ask("{'q': 'hallo', 'conversation_id': 'x', 'lang': 'de'}");

        assertEquals(400, response.statusCode());
        assertEquals("\"lang\" must be \"nl\" or \"en\", got 'de'", body(response).get("error").asText());
    }

    @Test
    void impossibleTodayIsABadRequestQuotingIt() throws Exception {
        HttpResponse<String> response = ask("{'q': 'hallo', 'conversation_id': 'x', 'today': '2021-02-30'}");

        assertEquals(400, response.statusCode());
        assertEquals("\"today\" must be a date in the form YYYY-MM-DD, got '2021-02-30'", body(response).get("error").asText());
    }

    @Test
    void bodyOverTheLimitWithContentLengthIsTooLarge() throws Exception {
        byte[] big = oversizedBody();

        HttpResponse<String> response = post("/api/ask", BodyPublishers.ofByteArray(big));

        assertEquals(413, response.statusCode());
        assertEquals("the body is over 65536 bytes", body(response).get("error").asText());
    }

    @Test
    void chunkedBodyOverTheLimitIsTooLarge() throws Exception {
        byte[] big = oversizedBody();

        HttpResponse<String> response = post("/api/ask", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        assertEquals(413, response.statusCode());
        assertEquals("the body is over 65536 bytes", body(response).get("error").asText());
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() throws Exception {
        String prefix = "{\"conversation_id\": \"limit\", \"q\": \"How do I renew my benefits?";
        String json = prefix + " ".repeat(AskHandler.MAX_BODY_BYTES - prefix.length() - 2) + "\"}";

        HttpResponse<String> response = post("/api/ask", BodyPublishers.ofString(json));

        assertEquals(AskHandler.MAX_BODY_BYTES, json.length());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void coreFailureIsAServerErrorWithAJsonError() throws Exception {
        Assistant failing = new Assistant() {
            @Override
            public Reply reply(IncomingMessage message) {
                throw new IllegalStateException("index closed");
            }

            @Override
            public List<Reply> lookup(String query, Optional<Lang> langHint, int max) {
                return List.of();
            }
        };
        HttpResponse<String> response;
        try (HttpApi broken = HttpApi.start(0, new HttpApi.Endpoints(() -> failing, new Metrics(), () -> true, () -> true))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.port() + "/api/ask"))
                    .timeout(Duration.ofSeconds(10)).POST(BodyPublishers.ofString("{\"q\": \"hi\", \"conversation_id\": \"x\"}")).build();
            response = http.send(request, BodyHandlers.ofString());
        }

        assertEquals(500, response.statusCode());
        assertEquals("the question could not be answered; see the server log", body(response).get("error").asText());
    }

    @Test
    void getOnAskIsNotAllowed() throws Exception {
        HttpResponse<String> response = get("/api/ask");

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
        assertEquals("use POST with a JSON body", body(response).get("error").asText());
    }

    @Test
    void postOnHealthIsNotAllowed() throws Exception {
        HttpResponse<String> response = post("/healthz", BodyPublishers.ofString("{}"));

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
        assertEquals("use GET", body(response).get("error").asText());
    }

    @Test
    void postOnMetricsIsNotAllowed() throws Exception {
        HttpResponse<String> response = post("/metrics", BodyPublishers.noBody());

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
        assertEquals("use GET", body(response).get("error").asText());
    }

    @Test
    void pathThatOnlyStartsLikeAnEndpointIsNotFound() throws Exception {
        HttpResponse<String> longer = post("/api/asking", BodyPublishers.ofString("{}"));
        HttpResponse<String> below = get("/healthz/extra");

        assertEquals(404, longer.statusCode());
        assertEquals(404, below.statusCode());
        assertEquals("no endpoint at /api/asking", body(longer).get("error").asText());
    }

    @Test
    void mountingOnAPathThatHasAnEndpointIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> api.mount("/healthz", exchange -> exchange.close()));

        assertEquals("the HTTP API has an endpoint at /healthz already", e.getMessage());
    }

    @Test
    void healthIsReadyWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> response = get("/healthz");

        assertEquals(200, response.statusCode());
        assertEquals("ready", body(response).get("status").asText());
    }

    @Test
    void healthIsUnavailableWhenTheDatabaseProbeSaysDown() throws Exception {
        databaseUp.set(false);
        HttpResponse<String> response;
        try {
            response = get("/healthz");
        } finally {
            databaseUp.set(true);
        }

        assertEquals(503, response.statusCode());
        assertEquals("unavailable", body(response).get("status").asText());
        assertEquals(false, body(response).get("database").asBoolean());
    }

    @Test
    void metricsAreValidPrometheusTextWithCountersAndTheReplyHistogram() throws Exception {
        ask("{'q': 'How do I renew my benefits?', 'conversation_id': 'metrics-1'}");
        ask("{'q': 'Give me a good recipe for banana bread.', 'conversation_id': 'metrics-2'}");

        HttpResponse<String> response = get("/metrics");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        PrometheusSample text = PrometheusSample.parse(response.body());
        assertTrue(text.value("faqbot_messages_total") >= 2, response.body());
        assertTrue(text.value("faqbot_replies_total{type=\"faq\",lang=\"en\"}") >= 1, response.body());
        assertTrue(text.value("faqbot_replies_total{type=\"fallback\",lang=\"en\"}") >= 1, response.body());
        assertEquals("counter", text.type("faqbot_replies_total"));
        assertEquals("histogram", text.type("faqbot_reply_seconds"));
        text.assertCumulativeHistogram("faqbot_reply_seconds");
    }

    @Test
    void theChatPagesTextsFollowTheKnowledgeBaseLoadedNow() throws Exception {
        ReloadableAssistant core = new ReloadableAssistant(TestAssistants.standard(CLOCK));
        KnowledgeBase twoPages;
        // The fixture holds the Benefits FAQ and a page of its own: a knowledge base of the documentation.
        try (InputStream in = HttpApiIT.class.getResourceAsStream("/kb/fixture-kb.json")) {
            twoPages = KnowledgeBaseJson.read(in, "fixture-kb.json");
        }
        try (HttpApi reloading = HttpApi.start(0, new HttpApi.Endpoints(() -> core, new Metrics(), () -> true, () -> true))) {
            URI texts = URI.create("http://127.0.0.1:" + reloading.port() + "/web/texts.json");
            JsonNode before = JSON.readTree(http.send(HttpRequest.newBuilder(texts).GET().build(), BodyHandlers.ofString()).body());

            core.swap(FaqAssistant.create(twoPages, Stores.inMemory(), CLOCK));
            JsonNode after = JSON.readTree(http.send(HttpRequest.newBuilder(texts).GET().build(), BodyHandlers.ofString()).body());

            assertEquals("faqbot: questions about your MPN benefits", before.get("en").get("title").asText());
            assertEquals("faqbot: questions about the Microsoft Partner Center documentation", after.get("en").get("title").asText());
            JsonNode firstExample = after.get("nl").get(PageTexts.EXAMPLES).get(0);
            assertEquals("Wat betekent 'Vervaldatum van voordeel'", firstExample.get("label").asText());
            assertEquals("/faq " + EntryKeys.of("benefits-faq#q-what-does-benefit-expiry-date-mean"), firstExample.get("payload").asText());
        }
    }

    private static byte[] oversizedBody() {
        return ("{\"conversation_id\": \"big\", \"q\": \"" + "x".repeat(AskHandler.MAX_BODY_BYTES) + "\"}").getBytes();
    }
}
