package org.faqbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to first answer and resident memory, JVM included: launches {@code java -jar
 * target/faqbot.jar ask --json} as a user would, writes one question to it, and takes the time from
 * launch until the answer line arrives; then, with the process still alive, reads its resident set
 * from {@code /proc/<pid>/status}. Repeated for the default knowledge base and the whole corpus, with
 * the plain command and with the class-data-sharing archive that {@code package} writes next to the jar,
 * and for the corpus also with the Dockerfile's options (a bounded heap, the native heap trimmed).
 *
 * <p>Options: {@code --runs=15 --corpus-runs=5 --docker-only --jvm="..."} ({@code --docker-only}: only the
 * Dockerfile's options, on both knowledge bases; {@code --jvm} adds JVM options after them) (build the jar first: {@code ./mvnw -q -B package -DskipTests}).
 */
final class StartupBenchmark {

    private static final Path JAR = Path.of("target/faqbot.jar");
    private static final Path ARCHIVE = Path.of("target/faqbot.jsa");
    /** The Dockerfile's launch options after its class-data-sharing archive. */
    private static final List<String> DOCKER_OPTIONS = List.of("-Xmx180m", "-XX:TrimNativeHeapInterval=5000");
    private static final String QUESTION = "{\"q\":\"Hoe verleng ik mijn voordelen?\"}\n";

    private record Launch(double seconds, long rssKb, long peakRssKb) {
    }

    private StartupBenchmark() {
    }

    static void run(String[] args) throws Exception {
        Map<String, String> options = BenchFlags.parse(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "15"));
        int corpusRuns = Integer.parseInt(options.getOrDefault("corpus-runs", "5"));
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run ./mvnw -q -B package -DskipTests first");
        }
        printMachine();
        List<String> cds = Files.isRegularFile(ARCHIVE) ? List.of("-XX:SharedArchiveFile=" + ARCHIVE) : List.of();
        if (cds.isEmpty()) {
            System.out.println("  (no " + ARCHIVE + ": the CDS rows are skipped)");
        }
        // The Dockerfile's JDK_JAVA_OPTIONS: the live heap after start is about 110 MB; a bounded heap keeps the
        // build's garbage from growing the process (unbounded, G1 grows the heap past 1 GB on a busy machine),
        // at the price of more collections while it builds, and the C library's free memory is given back
        // every few seconds. --jvm adds options after them (a later -Xmx wins), to compare settings.
        List<String> docker = new ArrayList<>(cds);
        docker.addAll(DOCKER_OPTIONS);
        if (options.containsKey("jvm")) {
            docker.addAll(Arrays.asList(options.get("jvm").split(" ")));
        }
        List<String> corpus = List.of("--kb", "faq-data/kb-all.json");
        if (options.containsKey("docker-only")) {
            report("default KB, the Dockerfile's options " + docker, docker, List.of(), runs);
            report("whole corpus, the Dockerfile's options " + docker, docker, corpus, corpusRuns);
            return;
        }
        report("default KB, java -jar", List.of(), List.of(), runs);
        if (!cds.isEmpty()) {
            report("default KB, with the CDS archive", cds, List.of(), runs);
        }
        // A one-shot command ends before C2's compilations pay off: on two cores they took a core's worth
        // of the start-up from the model's loading.
        List<String> oneShot = new ArrayList<>(cds);
        oneShot.add("-XX:TieredStopAtLevel=1");
        report(cds.isEmpty() ? "default KB, C1 only" : "default KB, CDS, C1 only", oneShot, List.of(), runs);
        report("whole corpus, java -jar", List.of(), corpus, corpusRuns);
        if (!cds.isEmpty()) {
            report("whole corpus, CDS archive", cds, corpus, corpusRuns);
        }
        report("whole corpus, the Dockerfile's options", docker, corpus, corpusRuns);
    }

    private static void report(String label, List<String> jvmOptions, List<String> botOptions, int runs) throws Exception {
        launch(jvmOptions, botOptions); // warms the page cache
        double[] seconds = new double[runs];
        long[] rss = new long[runs];
        long[] peak = new long[runs];
        for (int i = 0; i < runs; i++) {
            Launch launch = launch(jvmOptions, botOptions);
            seconds[i] = launch.seconds();
            rss[i] = launch.rssKb();
            peak[i] = launch.peakRssKb();
        }
        Arrays.sort(seconds);
        Arrays.sort(rss);
        Arrays.sort(peak);
        System.out.printf(Locale.ROOT, "%-34s %2d runs: first answer median %.2f s, max %.2f s; RSS after it median %d MB"
                + " (peak %d MB)%n", label, runs, seconds[runs / 2], seconds[runs - 1], rss[runs / 2] >> 10, peak[runs / 2] >> 10);
    }

    private static Launch launch(List<String> jvmOptions, List<String> botOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "ask", "--json"));
        command.addAll(botOptions);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream();
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(QUESTION.getBytes(StandardCharsets.UTF_8));
            in.flush();
            String answer = out.readLine();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (answer == null || !answer.contains("\"faq_id\"")) {
                throw new IllegalStateException("no answer from " + command + ": " + answer);
            }
            long[] memory = residentKb(process.pid());
            in.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new Launch(seconds, memory[0], memory[1]);
        }
    }

    /** VmRSS and VmHWM (the peak) of a live process, in KB; zeros where /proc is missing. */
    static long[] residentKb(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return new long[] {0, 0};
        }
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, peak};
    }

    private static void printMachine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), %s %s, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), os.getName(), os.getArch(), os.getSystemLoadAverage());
    }
}
