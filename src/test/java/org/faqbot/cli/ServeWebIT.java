package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.http.WebSettings;
import org.faqbot.store.Database;
import org.faqbot.store.ReportFixture;
import org.faqbot.store.StoreSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve} without a Telegram token: the HTTP side alone, on H2 holding the report tests' question
 * log, with the dashboard on. The dashboard must show what {@code faqbot report} prints for the same
 * database.
 */
class ServeWebIT {

    private static final String TOKEN = "serve-web-it-admin-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path dataDir;
    private static Map<String, String> env;
    private static String report;
    private static Server server;

    @BeforeAll
    static void start() throws IOException {
        env = Map.of(StoreSettings.DATA_DIR, dataDir.toString(), WebSettings.HTTP_PORT, "0", WebSettings.ADMIN_TOKEN, TOKEN);
        try (Database database = Database.open(StoreSettings.fromEnv(env), ReportFixture.CLOCK)) {
            ReportFixture.recordInto(database.stores().questions());
        }
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ReportCommand(ReportFixture.CLOCK, env));
        command.setOut(new PrintWriter(out));
        assertEquals(0, command.execute());
        report = out.toString();
        server = Server.start(new Server.Settings(env, Optional.empty(), WebSettings.fromEnv(env), StoreSettings.fromEnv(env),
                JobSettings.fromEnv(env), ReportFixture.CLOCK));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path));
    }

    private static String dashboard() throws IOException, InterruptedException {
        HttpResponse<String> login = send(request("/admin/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("lang=en&token=" + TOKEN)));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> page = send(request("/admin").header("Cookie", cookie).GET());
        assertEquals(200, page.statusCode());
        return page.body();
    }

    @Test
    void withoutATelegramTokenTheChatPageAndTheApiAnswer() throws Exception {
        HttpResponse<String> page = send(request("/").GET());
        HttpResponse<String> answer = send(request("/api/ask").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"q\": \"How do I renew my benefits?\", \"conversation_id\": \"c1\"}")));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/web/chat.js\""), page.body());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"faq_id\":\"benefits-faq#q-how-do-i-renew-my-benefits\""), answer.body());
    }

    @Test
    void dashboardShowsTheWeeklyRatesOfTheReport() throws Exception {
        List<String> fromReport = new ArrayList<>();
        String lang = "";
        for (String line : report.split("\n")) {
            Matcher section = Pattern.compile("== (\\w+) ==").matcher(line);
            Matcher week = Pattern.compile("^  (\\d{4}-W\\d\\d) +(\\d+) +(\\d+) +(\\d+) +(\\d+) +([\\d.]+%)$").matcher(line);
            if (section.matches()) {
                lang = section.group(1);
            } else if (week.matches()) {
                fromReport.add(String.join(" ", lang, week.group(1), week.group(2), week.group(3), week.group(4), week.group(5), week.group(6)));
            }
        }

        List<String> fromDashboard = rows(dashboard(), "<tr data-lang=\"(\\w+)\" data-week=\"[^\"]+\"><td>([^<]+)</td><td>\\w+</td>"
                + "<td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td>"
                + "<td class=\"n rate\">([^<]+)</td>");

        assertEquals(3, fromReport.size(), report);
        assertEquals(fromReport, fromDashboard);
    }

    @Test
    void dashboardShowsTheUnansweredGroupsAndThumbsDownOfTheReport() throws Exception {
        String page = dashboard();

        List<String> unanswered = rows(page, "<tr data-lang=\"(\\w+)\"><td class=\"n\">(\\d+)</td><td>([^<]+)</td>");
        List<String> disliked = rows(page, "<tr data-lang=\"(\\w+)\" data-entry=\"[^\"]+\"><td class=\"n down\">(\\d+)</td>"
                + "<td class=\"n up\">(\\d+)</td><td>([^<]+)</td>");

        assertEquals(List.of("nl 4 Hoe verleng ik mijn voordelen?", "nl 1 Wat kost een Azure-abonnement?",
                "en 1 Is &quot;Visual Studio Enterprise&quot;, the MSDN one, included?", "en 1 When does my key expire?"), unanswered);
        assertEquals(List.of("nl 2 1 key-validity", "nl 1 0 azure-credits", "en 1 0 renew-benefits"), disliked);
        assertTrue(report.contains("     4  Hoe verleng ik mijn voordelen?\n"));
        assertTrue(report.contains("       2       1  key-validity\n"));
    }

    private static List<String> rows(String html, String regex) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                groups.add(m.group(i));
            }
            rows.add(String.join(" ", groups));
        }
        return rows;
    }
}
