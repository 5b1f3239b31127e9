package org.faqbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.faqbot.cli.KbSource;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.search.BertEncoder;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.TextEncoder;
import org.faqbot.store.Stores;

/**
 * The hybrid search's costs: the encoder's load and per-encode time, and {@link FaqAssistant#reply}
 * with the fused search over the questions of {@code ../shared/eval/dev-cases-2.jsonl} (questions as
 * partners type them, in both languages) on the default knowledge base and on the whole corpus, with
 * the time to load the corpus's index and vectors in a running JVM. No answer is cached: each reply
 * runs the whole pipeline. On the default knowledge base the first 3,000 replies after a short warm-up
 * ({@code default.reply}) and 3,000 after {@value #STEADY_WARM_UP} more ({@code default.steady}) are timed. {@code ./mvnw -q -B test-compile exec:java -Dexec.args="hybrid [replies]"}.
 */
final class HybridBenchmark {

    private static final Path QUESTIONS = Path.of("../shared/eval/dev-cases-2.jsonl");
    private static final Path CORPUS = Path.of("faq-data/kb-all.json");
    private static final int WARM_UP = 300;
    /**
     * Replies before the steady state is timed: the JIT keeps compiling the reply's paths for the first few
     * thousand replies (the p50 of replies 1,500-3,000 is a fifth above that of replies 6,000-9,000), and a bot
     * answers far more than that in its life. The first 3,000 replies after {@link #WARM_UP} are still timed.
     */
    private static final int STEADY_WARM_UP = 6_000;

    private HybridBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int replies = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), max heap %d MB%n", runtime.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.maxMemory() >> 20);
        long start = System.nanoTime();
        TextEncoder encoder = BertEncoder.load(1);
        double loadMillis = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "encoder %s: loaded in %.0f ms%n", encoder.model(), loadMillis);
        Forks.figure("encoder.load_ms", loadMillis);
        List<String> questions = questions();
        long[] encodes = new long[Math.min(replies, 2_000)];
        for (int i = -WARM_UP; i < encodes.length; i++) {
            String q = questions.get(Math.floorMod(i, questions.size()));
            long t = System.nanoTime();
            encoder.query(q);
            if (i >= 0) {
                encodes[i] = System.nanoTime() - t;
            }
        }
        report("encode", encodes);
        EncoderLoader.await();
        KnowledgeBase standard = KbSource.standard();
        FaqAssistant defaultAssistant = FaqAssistant.create(standard, Stores.inMemory(), Clock.systemUTC());
        report("default.reply", replies(defaultAssistant, questions, replies, WARM_UP, "bench-"));
        report("default.steady", replies(defaultAssistant, questions, replies, STEADY_WARM_UP, "steady-"));
        start = System.nanoTime();
        KnowledgeBase corpus = KnowledgeBaseJson.read(CORPUS);
        FaqAssistant assistant = FaqAssistant.create(corpus, Stores.inMemory(), Clock.systemUTC());
        double corpusLoad = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "whole corpus (%d entries): knowledge base, vectors and index loaded in %.0f ms%n",
                corpus.size(), corpusLoad);
        Forks.figure("corpus.load_ms", corpusLoad);
        report("corpus.reply", replies(assistant, questions, replies, WARM_UP, "bench-"));
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after a full GC: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** The nanoseconds of each timed reply after {@code warmUp} untimed ones, sorted; each reply in a conversation of its own. */
    private static long[] replies(FaqAssistant assistant, List<String> questions, int replies, int warmUp, String prefix) {
        long[] nanos = new long[replies];
        for (int i = -warmUp; i < replies; i++) {
            String q = questions.get(Math.floorMod(i, questions.size()));
            IncomingMessage message = IncomingMessage.of(prefix + i, q);
            long t = System.nanoTime();
            assistant.reply(message);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String name, long[] sorted) {
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) (sorted.length * 0.99)] / 1e6;
        System.out.printf(Locale.ROOT, "%s: %d calls, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", name, sorted.length, p50, p99,
                sorted[sorted.length - 1] / 1e6);
        Forks.figure(name + "_p50_ms", p50);
        Forks.figure(name + "_p99_ms", p99);
    }

    /** Every message of the file's cases, first turns and later ones alike, in file order. */
    private static List<String> questions() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(QUESTIONS)) {
            JsonNode c = json.readTree(line);
            if (c.has("turns")) {
                c.get("turns").forEach(t -> questions.add(t.asText()));
            } else {
                questions.add(c.get("q").asText());
            }
        }
        return questions;
    }
}
