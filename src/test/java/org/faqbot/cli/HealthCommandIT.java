package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.faqbot.dialog.Metrics;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.http.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code faqbot health} against the HTTP API on a free port, as a container health check runs it. */
class HealthCommandIT {

    private static final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private static HttpApi api;

    private record Run(int status, String out) {
    }

    @BeforeAll
    static void start() {
        var core = TestAssistants.standard(TestClock.at("2021-06-01"));
        api = HttpApi.start(0, new HttpApi.Endpoints(() -> core, new Metrics(), () -> true, databaseUp::get));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Run health(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new HealthCommand(env));
        command.setOut(new PrintWriter(out, true));
        return new Run(command.execute(args), out.toString());
    }

    @Test
    void readyServerIsHealthy() {
        Run run = health(Map.of("FAQBOT_HTTP_PORT", String.valueOf(api.port())));

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("http://127.0.0.1:" + api.port() + "/healthz: 200 {\"status\":\"ready\""), run.out());
    }

    @Test
    void serverWithoutItsDatabaseIsUnhealthy() {
        databaseUp.set(false);
        Run run;
        try {
            run = health(Map.of(), "--port", String.valueOf(api.port()));
        } finally {
            databaseUp.set(true);
        }

        assertEquals(1, run.status());
        assertTrue(run.out().contains(": 503 {\"status\":\"unavailable\""), run.out());
    }

    @Test
    void nothingListeningIsUnhealthy() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }

        Run run = health(Map.of("FAQBOT_HTTP_PORT", String.valueOf(closed)));

        assertEquals(1, run.status());
        assertTrue(run.out().startsWith("http://127.0.0.1:" + closed + "/healthz: no answer (ConnectException"), run.out());
    }

    @Test
    void portZeroIsUnhealthyAndSaysToGiveThePort() {
        Run run = health(Map.of("FAQBOT_HTTP_PORT", "0"));

        assertEquals(1, run.status());
        assertEquals("faqbot health: the port must be 1-65535 (with FAQBOT_HTTP_PORT=0 give the port serve chose with --port),"
                + " was 0" + System.lineSeparator(), run.out());
    }

    @Test
    void portThatIsNotANumberNamesTheSetting() {
        Run run = health(Map.of("FAQBOT_HTTP_PORT", "http"));

        assertEquals(1, run.status());
        assertEquals("faqbot health: FAQBOT_HTTP_PORT must be a port number, was 'http'" + System.lineSeparator(), run.out());
    }
}
