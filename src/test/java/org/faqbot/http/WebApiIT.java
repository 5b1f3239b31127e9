package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web side over plain HTTP: headers, limits and the sign-in, which a browser test cannot see as directly. */
class WebApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String PORTAL = "https://portal.example.org";

    private static WebFixture web;
    private static HttpApi plain;

    @BeforeAll
    static void start() {
        web = WebFixture.start(List.of(PORTAL), 0);
        plain = HttpApi.start(0, new HttpApi.Endpoints(() -> null, new org.faqbot.dialog.Metrics(), () -> true, () -> true));
    }

    @AfterAll
    static void stop() {
        web.close();
        plain.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    @Test
    void chatPageMayBeFramedOnlyByItselfAndTheConfiguredSites() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(web.url("/chat"))).GET());

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.endsWith("frame-ancestors 'self' " + PORTAL), policy);
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void embedScriptCarriesItsButtonTextsInBothLanguages() throws Exception {
        HttpResponse<String> script = send(HttpRequest.newBuilder(URI.create(web.url("/embed.js"))).GET());

        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("\"nl\":{\"open\":\"Vraag het faqbot\""), script.body());
        assertTrue(script.body().contains("\"en\":{\"open\":\"Ask faqbot\""), script.body());
    }

    @Test
    void chatReplyCarriesHtmlChoicesAndFeedback() throws Exception {
        HttpResponse<String> response = post(web.url("/api/chat"), "{\"q\": \"benefits\", \"conversation_id\": \"choices\"}");

        JsonNode reply = JSON.readTree(response.body());
        assertEquals(200, response.statusCode());
        assertTrue(reply.get("html").asText().startsWith("<p>"), reply.toString());
        assertTrue(reply.get("choices").get(0).get("payload").asText().startsWith("/faq "), reply.toString());
        assertTrue(reply.get("feedback").isNull(), reply.toString());
    }

    @Test
    void overlongQuestionIs400WithTheLimit() throws Exception {
        HttpResponse<String> response = post(web.url("/api/ask"), "{\"q\": \"" + "a".repeat(1001) + "\", \"conversation_id\": \"long\"}");

        assertEquals(400, response.statusCode());
        assertEquals("\"q\" is 1001 characters long; at most 1000 are accepted", JSON.readTree(response.body()).get("error").asText());
    }

    @Test
    void askingFasterThanTheLimitIs429WithRetryAfter() throws Exception {
        String body = "{\"q\": \"How do I renew my benefits?\", \"conversation_id\": \"fast\"}";
        HttpResponse<String> refused;
        try (WebFixture limited = WebFixture.start(List.of(), 3)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, post(limited.url(i % 2 == 0 ? "/api/ask" : "/api/chat"), body).statusCode());
            }

            refused = post(limited.url("/api/ask"), body);
        }

        assertEquals(429, refused.statusCode());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
    }

    @Test
    void withoutAnAdminTokenThereIsNoDashboard() throws Exception {
        HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plain.port() + "/admin")).GET());

        assertEquals(404, admin.statusCode());
    }

    @Test
    void signInSetsAnHttpOnlyStrictCookieScopedToAdmin() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(web.url("/admin/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("token=" + WebFixture.ADMIN_TOKEN)));

        assertEquals(303, login.statusCode());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(AdminSession.COOKIE + "="), cookie);
        assertTrue(cookie.contains("; Path=/admin;") && cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(!cookie.contains(WebFixture.ADMIN_TOKEN), cookie);
    }

    @Test
    void dashboardWithoutTheCookieIs401WithTheTokenForm() throws Exception {
        HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create(web.url("/admin")))
                .header("Cookie", AdminSession.COOKIE + "=forged").GET());

        assertEquals(401, admin.statusCode());
        assertTrue(admin.body().contains("name=\"token\""), admin.body());
    }

    @Test
    void signInWithATokenThatIsNotUrlEncodedIsRefusedWithTheForm() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(web.url("/admin/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("token=%zz&lang=%")));

        assertEquals(401, login.statusCode());
        assertTrue(login.body().contains("name=\"token\""), login.body());
    }

    @Test
    void headOfTheHealthCheckHasNoBodyAndLeavesNoWarningInTheLog() throws Exception {
        java.util.logging.Logger server = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
        List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        server.addHandler(capture);
        try {
            HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(web.url("/healthz")))
                    .method("HEAD", BodyPublishers.noBody()));

            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            assertEquals(List.of(), warnings.stream().map(java.util.logging.LogRecord::getMessage).toList());
        } finally {
            server.removeHandler(capture);
        }
    }
}
