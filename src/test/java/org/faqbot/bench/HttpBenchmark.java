package org.faqbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.Metrics;
import org.faqbot.dialog.ObservedAssistant;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.http.HttpApi;
import org.faqbot.store.Database;
import org.faqbot.store.StoreSettings;
import org.faqbot.store.Stores;

/**
 * {@code POST /api/ask} under load: the HTTP API in this JVM with the real core over the shipped
 * Benefits FAQ, and N keep-alive connections on loopback, each sending the next question as soon as
 * the previous answer arrived (closed loop). The questions are those of
 * {@code src/test/resources/eval/dev-cases.jsonl}, round robin. Each run warms up, then measures for
 * a fixed time; prints sustained requests per second and the latency of each request.
 *
 * <p>Options: {@code --connections=16,64 --warmup=10 --seconds=15 --store=h2|memory --pool=<FAQBOT_DB_POOL_SIZE>}
 * (h2: the embedded database {@code serve} uses by default, in a temporary folder).
 */
final class HttpBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Options(List<Integer> connections, Duration warmup, Duration measured, boolean h2, String poolSize) {
        static Options parse(String[] args) {
            Map<String, String> given = BenchFlags.parse(args);
            return new Options(
                    Arrays.stream(given.getOrDefault("connections", "16,64").split(",")).map(Integer::parseInt).toList(),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "10"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "15"))),
                    !given.getOrDefault("store", "h2").equals("memory"), given.getOrDefault("pool", ""));
        }
    }

    private HttpBenchmark() {
    }

    static void run(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> bodies = questions();
        Path dataDir = Files.createTempDirectory("faqbot-http-bench");
        try (Database database = options.h2() ? Database.open(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR,
                dataDir.toString(), StoreSettings.DB_POOL_SIZE, options.poolSize())), Clock.systemDefaultZone()) : null) {
            Stores stores = database == null ? Stores.inMemory() : database.stores();
            FaqAssistant core = TestAssistants.standard(Clock.systemDefaultZone(), stores);
            Metrics metrics = new Metrics();
            Assistant observed = new ObservedAssistant(core, metrics);
            printSetup(options, bodies.size());
            try (HttpApi api = HttpApi.start(0, new HttpApi.Endpoints(() -> observed, metrics, () -> true, () -> true))) {
                for (int connections : options.connections()) {
                    long repliesBefore = metrics.latencyCount();
                    double secondsBefore = metrics.latencySumSeconds();
                    ClosedLoop.Result result = new ClosedLoop(api.port(), connections, bodies).run(options.warmup(), options.measured());
                    double coreMillis = 1000 * (metrics.latencySumSeconds() - secondsBefore) / (metrics.latencyCount() - repliesBefore);
                    print(connections, result, coreMillis);
                }
            }
        }
    }

    /** The dev questions (each turn of a dialogue on its own) as request bodies, with {@code today} when given. */
    private static List<String> questions() throws IOException {
        List<String> bodies = new ArrayList<>();
        try (InputStream in = HttpBenchmark.class.getResourceAsStream("/eval/dev-cases.jsonl");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    JsonNode dev = JSON.readTree(line);
                    JsonNode texts = dev.has("turns") ? dev.get("turns") : JSON.createArrayNode().add(dev.get("q"));
                    for (JsonNode text : texts) {
                        bodies.add(body(text.asText(), dev.get("today")));
                    }
                }
            }
        }
        return bodies;
    }

    private static String body(String question, JsonNode today) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("q", question);
        if (today != null && !today.isNull()) {
            body.put("today", today.asText());
        }
        return JSON.writeValueAsString(body);
    }

    private static void printSetup(Options options, int questions) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("http benchmark: POST /api/ask on loopback, HttpApi + real core (shipped Benefits FAQ, %s stores),"
                + " %d dev questions round robin, warm-up %d s, measured %d s per run%n", options.h2() ? "H2" : "in-memory",
                questions, options.warmup().toSeconds(), options.measured().toSeconds());
        System.out.printf("  machine: %d cores, %s %s (%s), max heap %d MiB, %s %s, load average %.2f at start%n",
                rt.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), rt.maxMemory() >> 20, System.getProperty("os.name"),
                System.getProperty("os.arch"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("  client: one thread and one keep-alive connection each, on this machine's cores too");
    }

    /** One run's figures; {@code coreMillis} is the core's mean time per reply (warm-up included), the rest is HTTP and waiting. */
    private static void print(int connections, ClosedLoop.Result result, double coreMillis) {
        System.out.printf("  %3d connections  %6.0f requests/s   latency p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms"
                + "   errors %d   core %.2f ms/reply%n", connections, result.perSecond(), result.millis(0.50),
                result.millis(0.99), result.millis(1.0), result.errors(), coreMillis);
    }
}
