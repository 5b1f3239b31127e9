package org.faqbot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Resident memory of {@code faqbot serve} with the whole corpus, as the Docker image runs it: launches
 * {@code java -jar target/faqbot.jar serve} with {@code FAQBOT_KB} pointing at a copy of the corpus and its
 * data (H2) in a temporary folder, waits for the encoder to load, asks questions over {@code POST /api/ask},
 * then touches the corpus file so that serve reloads it, waits for the reload and asks again. Reads the
 * process's resident set ({@code VmRSS}) and its peak ({@code VmHWM}) at each step from {@code /proc}, and the
 * replies' median and slowest time over HTTP before and after the reload, and whether serve still answers after
 * it (a refused reload, a failed one, or one that ended the process). Deletes the temporary folder afterwards.
 *
 * <p>Options: {@code --runs=3 --questions=30 --jar=target/faqbot.jar --plain} (without {@code --plain} the
 * Dockerfile's options: the CDS archive next to the jar, {@code -Xmx180m -XX:TrimNativeHeapInterval=5000}).
 */
final class ServeMemoryBenchmark {

    /** Questions of our own, in both languages, some that need the encoder. */
    private static final List<String> QUESTIONS = List.of("Hoe verleng ik mijn voordelen?",
            "How long can I use a product key after I redeemed it?", "Wat kost het lidmaatschap per jaar?",
            "Where do I find my Azure credits in Partner Center?", "Kan ik mijn lidmaatschap opzeggen en geld terugkrijgen?",
            "Which benefits come with the Solutions Partner designation?", "Hoeveel gebruikers mogen de interne licenties gebruiken?",
            "My payment failed, what now?", "Waar vind ik de facturen van mijn partnerpakket?",
            "Can I move my benefits to another tenant?");
    private static final Duration WAIT = Duration.ofMinutes(5);

    private ServeMemoryBenchmark() {
    }

    static void run(String[] args) throws Exception {
        Map<String, String> options = BenchFlags.parse(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        int questions = Integer.parseInt(options.getOrDefault("questions", "30"));
        Path jar = Path.of(options.getOrDefault("jar", "target/faqbot.jar"));
        List<String> jvm = new ArrayList<>();
        if (!options.containsKey("plain")) {
            Path archive = jar.resolveSibling("faqbot.jsa");
            if (Files.isRegularFile(archive)) {
                jvm.add("-XX:SharedArchiveFile=" + archive);
            }
            jvm.addAll(List.of("-Xmx180m", "-XX:TrimNativeHeapInterval=5000"));
        }
        if (options.containsKey("jvm")) {
            jvm.addAll(Arrays.asList(options.get("jvm").split(" ")));
        }
        System.out.println("serve " + jar + " " + jvm + ", " + questions + " questions before and after a reload");
        for (int i = 0; i < runs; i++) {
            launch(jar, jvm, questions);
        }
    }

    private static void launch(Path jar, List<String> jvm, int questions) throws Exception {
        Path dir = Files.createTempDirectory("serve-memory");
        Path kb = dir.resolve("kb-all.json");
        Files.copy(Path.of("faq-data/kb-all.json"), kb);
        Files.copy(Path.of("faq-data/kb-all.vectors"), dir.resolve("kb-all.vectors"));
        Path log = dir.resolve("serve.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("FAQBOT_") || name.equals("JDK_JAVA_OPTIONS"));
        env.put("FAQBOT_KB", kb.toString());
        env.put("FAQBOT_DATA_DIR", dir.resolve("data").toString());
        env.put("FAQBOT_HTTP_PORT", Integer.toString(port));
        env.put("FAQBOT_RATE_LIMIT_PER_MINUTE", "0");
        Process process = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            awaitLog(log, "ready in", process);
            awaitLog(log, "serving:", process);
            long[] ready = StartupBenchmark.residentKb(process.pid());
            double[] first = ask(client, port, questions, 0);
            long[] asked = StartupBenchmark.residentKb(process.pid());
            Files.setLastModifiedTime(kb, FileTime.from(Instant.now().plusSeconds(5)));
            if (awaitLog(log, "reloaded", process).contains("could not reload")) {
                System.out.println("the reload was not done: " + Files.readString(log).lines().filter(l -> l.contains("could not reload"))
                        .findFirst().orElse(""));
            }
            long[] reloaded = StartupBenchmark.residentKb(process.pid());
            double[] second = ask(client, port, questions, questions);
            Thread.sleep(6_000); // one more trim of the native heap
            long[] after = StartupBenchmark.residentKb(process.pid());
            System.out.printf(Locale.ROOT, "RSS ready %d MB, after %d questions %d MB (peak %d MB); after the reload %d MB,"
                    + " %d questions later %d MB; peak %d MB%n", ready[0] >> 10, questions, asked[0] >> 10, asked[1] >> 10,
                    reloaded[0] >> 10, questions, after[0] >> 10, after[1] >> 10);
            System.out.printf(Locale.ROOT, "reply (ms, over HTTP): before the reload median %.1f, slowest %.1f;"
                    + " after it median %.1f, slowest %.1f%n", median(first), max(first), median(second), max(second));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            deleteTree(dir);
        }
    }

    /** The corpus copy and the H2 files: about 40 MB a launch, left behind in /tmp until now. */
    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Asks {@code questions} questions one after another; returns each one's time to its answer in ms. */
    private static double[] ask(HttpClient client, int port, int questions, int offset) throws IOException, InterruptedException {
        double[] millis = new double[questions];
        for (int i = 0; i < questions; i++) {
            String q = QUESTIONS.get((offset + i) % QUESTIONS.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(1))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"" + q + "\",\"conversation_id\":\"bench-" + i + "\"}",
                            StandardCharsets.UTF_8)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /api/ask answered " + response.statusCode() + ": " + response.body());
            }
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** Waits until the serve log has a line with {@code text} or a failed reload; returns the log. */
    private static String awaitLog(Path log, String text, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String lines = Files.isRegularFile(log) ? Files.readString(log) : "";
            if (lines.contains(text) || lines.contains("could not reload")) {
                return lines;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("serve ended: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no '" + text + "' in the serve log within " + WAIT + ": " + Files.readString(log));
    }
}
