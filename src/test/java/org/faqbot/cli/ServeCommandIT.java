package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.faqbot.telegram.fake.Fault;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code faqbot serve}: settings errors, start failures, and SIGTERM on a real child process. */
class ServeCommandIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private record Run(int status, String err) {
    }

    @TempDir
    static Path dataDir;

    private static Run serve(Map<String, String> settings) {
        Map<String, String> env = new java.util.HashMap<>(settings);
        env.put("FAQBOT_DATA_DIR", dataDir.toString());
        env.put("FAQBOT_HTTP_PORT", env.getOrDefault("FAQBOT_HTTP_PORT", "0"));
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ServeCommand(env));
        command.setErr(new PrintWriter(err, true));
        return new Run(command.execute(), err.toString());
    }

    @Test
    void withoutATokenAnInvalidWebSettingIsNamed() {
        Run run = serve(Map.of("FAQBOT_ADMIN_TOKEN", "short"));

        assertEquals(2, run.status());
        assertEquals("faqbot serve: FAQBOT_ADMIN_TOKEN must be at least 16 characters long; the value is not shown"
                + System.lineSeparator(), run.err());
    }

    @Test
    void invalidPortNamesTheSetting() {
        Run run = serve(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_HTTP_PORT", "-1"));

        assertEquals(2, run.status());
        assertTrue(run.err().contains("FAQBOT_HTTP_PORT must be a whole number from 0 to 65535, was '-1'"), run.err());
    }

    @Test
    void invalidReminderIntervalNamesTheSetting() {
        Run run = serve(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_REMINDER_INTERVAL_SECONDS", "often"));

        assertEquals(2, run.status());
        assertEquals("faqbot serve: FAQBOT_REMINDER_INTERVAL_SECONDS must be a whole number of seconds from 1 to 3600,"
                + " was 'often'" + System.lineSeparator(), run.err());
    }

    @Test
    void unreachableBotApiFailsWithoutShowingTheToken() {
        Run run = serve(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:9",
                "TELEGRAM_SEND_ATTEMPTS", "1"));

        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("faqbot serve: the bot did not start: getme failed: network error"),
                run.err());
        assertFalse(run.err().contains(FakeBotApi.TOKEN), run.err());
    }

    @Test
    void sigtermFinishesTheAnswerInFlightAndExitsWithStatusZero(@TempDir Path dir) throws Exception {
        FakeUser user = FakeUser.english(71);
        FakeChat chat = FakeChat.privateWith(user);
        try (FakeBotApi fake = FakeBotApi.start()) {
            Process child = startChild(fake, dir.resolve("child.log"));
            try {
                fake.awaitCall(c -> c.is("getUpdates"), WAIT);
                fake.failNext("sendMessage", Fault.slow(Duration.ofSeconds(2)));
                fake.sendText(chat, user, "How do I renew my benefits?");
                awaitConfirmed(fake);
                // The signal must come while the answer is in flight: the fake is holding its sendMessage.
                // A fixed pause here once came too early on a loaded machine.
                awaitInFlight(fake, "sendMessage");

                long signalled = System.nanoTime();
                child.destroy();
                boolean exited = child.waitFor(10, TimeUnit.SECONDS);

                String log = Files.readString(dir.resolve("child.log"));
                assertTrue(exited, "exited within 10 s");
                assertEquals(0, child.exitValue(), log);
                assertTrue(Duration.ofNanos(System.nanoTime() - signalled).toSeconds() < 10);
                assertTrue(fake.sentTo(chat.id()).get(0).plain().startsWith("How do I renew my benefits"));
                assertFalse(log.contains(FakeBotApi.TOKEN), log);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void clientsThatStallInTheMiddleOfARequestDoNotTakeTheHealthCheckDown(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process child = ServeChild.start(Map.of("FAQBOT_DATA_DIR", dir.resolve("data").toString(),
                "FAQBOT_HTTP_PORT", String.valueOf(port)), dir.resolve("child.log"));
        List<Socket> stalled = new ArrayList<>();
        try {
            awaitHealthy(port, dir.resolve("child.log"));
            // More than the server's threads: each sends the headers and part of the body, then nothing.
            for (int i = 0; i < 12; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"q\":"
                        .getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            Thread.sleep(500);

            long asked = System.nanoTime();
            HttpResponse<String> health = health(port, Duration.ofSeconds(40));

            assertEquals(200, health.statusCode());
            assertTrue(Duration.ofNanos(System.nanoTime() - asked).toSeconds() < 30, "answered within the request time bound");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
            child.destroyForcibly();
        }
    }

    private static HttpResponse<String> health(int port, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).timeout(timeout).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitHealthy(int port, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (health(port, Duration.ofSeconds(2)).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not become healthy within 60 s: " + ServeChild.log(log));
    }

    /** Waits until the bot has confirmed every update, i.e. journaled it and asked for the next ones. */
    private static void awaitConfirmed(FakeBotApi fake) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fake.pendingUpdates() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void awaitInFlight(FakeBotApi fake, String method) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fake.handling(method) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(fake.handling(method) > 0, method + " in flight");
    }

    /** {@code serve} as a child process, talking to the fake. */
    private static Process startChild(FakeBotApi fake, Path log) throws IOException {
        return ServeChild.start(fake.env(Map.of("FAQBOT_DATA_DIR", log.getParent().resolve("data").toString(),
                "FAQBOT_HTTP_PORT", "0")), log);
    }
}
