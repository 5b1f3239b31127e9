package org.faqbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.LanguageDetector;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.SearchSettings;
import org.faqbot.store.Stores;

/**
 * Measures the answer path, not run as a test: index build time (median of several builds) and
 * {@link FaqIndex#search} latency over every dev question, repeated after warm-up, for the default
 * knowledge base and the whole corpus; {@link FaqAssistant#reply} latency on the default one; and how
 * build time, index size and latency grow with the knowledge base. Run with
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.args="answer [scale]"};
 * an optional argument scales the number of timed queries (default 1); {@code --forks=5} runs it in
 * five fresh JVMs and prints the medians.
 */
public final class AnswerBenchmark {

    private static final int QUERIES = 100_000;
    private static final int WARM_UP_QUERIES = 20_000;
    private static final int BUILDS = 7;
    private static final Path CORPUS = Path.of("faq-data/kb-all.json");
    private static final Path DEV_CASES = Path.of("src/test/resources/eval/dev-cases.jsonl");

    private record Question(String text, Lang lang) {
    }

    private AnswerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        printMachine();
        KnowledgeBase standard = standard();
        KnowledgeBase corpus = KnowledgeBaseJson.read(CORPUS);
        List<Question> questions = devQuestions();
        for (var kb : List.of(Map.entry("default KB (kb.json)", standard), Map.entry("whole corpus (kb-all.json)", corpus))) {
            FaqIndex index = FaqIndex.build(kb.getValue(), SearchSettings.defaults());
            System.out.printf(Locale.ROOT, "%n%s: %d entries%n", kb.getKey(), kb.getValue().size());
            System.out.printf(Locale.ROOT, "  build: median %.1f ms of %d%n", medianBuildMillis(kb.getValue(), BUILDS), BUILDS);
            long[] nanos = latencies(index, questions, (int) (QUERIES * scale));
            System.out.println("  search: " + percentiles(nanos));
            String name = kb.getValue() == standard ? "default" : "corpus";
            Forks.figure(name + ".search_p50_us", percentile(nanos, 0.50) / 1e3);
            Forks.figure(name + ".search_p99_us", percentile(nanos, 0.99) / 1e3);
        }
        long[] replies = replyLatencies(standard, questions, (int) (QUERIES * scale / 4));
        System.out.println("\nFaqAssistant.reply on the default KB: " + percentiles(replies));
        Forks.figure("default.reply_p50_us", percentile(replies, 0.50) / 1e3);
        Forks.figure("default.reply_p99_us", percentile(replies, 0.99) / 1e3);
        growth(standard, corpus, questions, (int) (QUERIES * scale / 5));
    }

    /** The cores, Java and heap a benchmark ran with, printed first by each so that its figures say where they come from. */
    static void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), max heap %d MB%n", runtime.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.maxMemory() >> 20);
    }

    private static double medianBuildMillis(KnowledgeBase kb, int builds) {
        double[] millis = new double[builds];
        for (int i = 0; i < builds; i++) {
            long start = System.nanoTime();
            FaqIndex.build(kb, SearchSettings.defaults());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[builds / 2];
    }

    /** The nanoseconds of each timed search, sorted. */
    private static long[] latencies(FaqIndex index, List<Question> questions, int queries) {
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            Question q = questions.get(i % questions.size());
            index.search(q.text(), q.lang());
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            Question q = questions.get(i % questions.size());
            long start = System.nanoTime();
            index.search(q.text(), q.lang());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** The nanoseconds of each timed reply, sorted. */
    private static long[] replyLatencies(KnowledgeBase kb, List<Question> questions, int replies) {
        FaqAssistant assistant = FaqAssistant.create(kb, Stores.inMemory(), Clock.systemUTC());
        long[] nanos = new long[replies];
        for (int i = -WARM_UP_QUERIES / 4; i < replies; i++) {
            Question q = questions.get(Math.floorMod(i, questions.size()));
            IncomingMessage message = IncomingMessage.of("bench-" + (i & 1023), q.text());
            long start = System.nanoTime();
            assistant.reply(message);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void growth(KnowledgeBase standard, KnowledgeBase corpus, List<Question> questions, int queries) {
        System.out.printf(Locale.ROOT, "%ngrowth (subsets of kb-all.json; 9 = kb.json)%n%8s %10s %12s %10s %10s%n",
                "entries", "build ms", "index bytes", "p50 us", "p99 us");
        for (int size : new int[] {9, 100, 1_000, corpus.size()}) {
            KnowledgeBase kb = size == 9 ? standard : KnowledgeBase.of(corpus.entries().subList(0, size));
            double build = medianBuildMillis(kb, 3);
            FaqIndex index = FaqIndex.build(kb, SearchSettings.defaults());
            long[] nanos = new long[queries];
            for (int i = -WARM_UP_QUERIES / 4; i < queries; i++) {
                Question q = questions.get(Math.floorMod(i, questions.size()));
                long start = System.nanoTime();
                index.search(q.text(), q.lang());
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%8d %10.1f %12d %10.0f %10.0f%n", kb.size(), build, index.indexBytes(),
                    percentile(nanos, 0.50) / 1e3, percentile(nanos, 0.99) / 1e3);
        }
    }

    /** The {@code quantile} of {@code sorted} nanoseconds. */
    private static double percentile(long[] sorted, double quantile) {
        return sorted[(int) (sorted.length * quantile)];
    }

    private static String percentiles(long[] sorted) {
        return String.format(Locale.ROOT, "%d calls, p50 %.0f us, p99 %.0f us, max %.0f us", sorted.length,
                percentile(sorted, 0.50) / 1e3, percentile(sorted, 0.99) / 1e3, sorted[sorted.length - 1] / 1e3);
    }

    private static KnowledgeBase standard() throws IOException {
        try (InputStream in = AnswerBenchmark.class.getResourceAsStream("/faq-data/kb.json")) {
            return KnowledgeBaseJson.read(in, "faq-data/kb.json");
        }
    }

    /** Every faq and out-of-domain dev question with its language as the bot would detect it. */
    private static List<Question> devQuestions() {
        ObjectMapper mapper = new ObjectMapper();
        LanguageDetector detector = LanguageDetector.create();
        List<Question> questions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(DEV_CASES)) {
                JsonNode c = mapper.readTree(line);
                if (c.has("q")) {
                    String q = c.get("q").asText();
                    questions.add(new Question(q, detector.detect(q, Optional.empty())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEV_CASES, e);
        }
        return questions;
    }
}
