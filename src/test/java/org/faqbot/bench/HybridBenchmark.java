package org.faqbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.cli.KbSource;
import org.faqbot.dialog.AssistantParts;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.search.BertEncoder;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.TextEncoder;
import org.faqbot.store.Stores;
import org.faqbot.testing.CountingEncoder;

/**
 * The hybrid search's costs: the encoder's load and per-encode time, and {@link FaqAssistant#reply}
 * with the fused search over the questions of {@code ../shared/eval/dev-cases-2.jsonl} (questions as
 * partners type them, in both languages) on the default knowledge base and on the whole corpus, with
 * the time to load the corpus's index and vectors in a running JVM. No answer is cached: each reply
 * runs the whole pipeline. On the default knowledge base the first 3,000 replies after a short warm-up
 * ({@code default.reply}) and 3,000 after {@value #STEADY_WARM_UP} more ({@code default.steady}) are timed, the
 * steady state also split into the replies that called the encoder and those the cascade answered without it.
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.args="hybrid [replies]"}.
 *
 * <p>With {@code --encoder-free-loop=ROUNDS} it times only the encoder-free replies of the default knowledge base
 * (the cost the bot's own code decides): after the steady state's warm-up, each round replies once to every message
 * that needed no encode, and the round's thread CPU time per reply is noted; it prints the median, lowest and
 * highest over the rounds. CPU time rather than wall time, since other processes share the machine's cores.
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

    /**
     * Untimed rounds of the encoder-free loop before the timed ones: about as many encoder-free replies as the
     * steady state's warm-up gives, without its encodes.
     */
    private static final int LOOP_WARM_UP_ROUNDS = 30;
    /** Passes over the whole mix that find its encoder-free messages. */
    private static final int LOOP_SORTING_PASSES = 2;
    private static final String LOOP_OPTION = "--encoder-free-loop=";

    /** The timed replies, sorted: all of them, those without an encode and those with one or more. */
    private record Timings(long[] all, long[] encoderFree, long[] encoded) {
    }

    static void run(String[] args) throws Exception {
        int replies = 3_000;
        int loopRounds = 0;
        for (String arg : args) {
            if (arg.startsWith(LOOP_OPTION)) {
                loopRounds = Integer.parseInt(arg.substring(LOOP_OPTION.length()));
            } else {
                replies = Integer.parseInt(arg);
            }
        }
        Runtime runtime = Runtime.getRuntime();
        AnswerBenchmark.printMachine();
        String ahead = System.getenv("FAQBOT_SEARCH_AHEAD_THREADS");
        System.out.printf(Locale.ROOT, "search ahead: %s%n", ahead == null ? "on a spare core (the default)" : ahead + " thread(s)");
        if (loopRounds > 0) {
            if (!"0".equals(ahead)) {
                System.out.println("note: the loop counts the reply's own thread only; with FAQBOT_SEARCH_AHEAD_THREADS=0 "
                        + "the search ahead's work is counted too");
            }
            encoderFreeLoop(loopRounds);
            return;
        }
        long start = System.nanoTime();
        BertEncoder encoder = BertEncoder.load(1);
        double loadMillis = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "encoder %s: loaded in %.0f ms%n", encoder.model(), loadMillis);
        Forks.figure("encoder.load_ms", loadMillis);
        List<String> questions = questions();
        report("encode", encodes(encoder, questions, Math.min(replies, 2_000)));
        encoder.widen(Math.min(4, runtime.availableProcessors()));
        report("encode.lone", encodes(encoder, questions, Math.min(replies, 2_000)));
        encoder.close();
        CountingEncoder counting = countingEncoder();
        FaqAssistant defaultAssistant = defaultAssistant(counting);
        report("default.reply", replies(defaultAssistant, counting, questions, replies, WARM_UP, "bench-").all());
        Timings steady = replies(defaultAssistant, counting, questions, replies, STEADY_WARM_UP, "steady-");
        report("default.steady", steady.all());
        report("default.steady.encoder_free", steady.encoderFree());
        report("default.steady.encoded", steady.encoded());
        start = System.nanoTime();
        KnowledgeBase corpus = KnowledgeBaseJson.read(CORPUS);
        FaqAssistant assistant = FaqAssistant.create(corpus, Stores.inMemory(), Clock.systemUTC());
        double corpusLoad = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "whole corpus (%d entries): knowledge base, vectors and index loaded in %.0f ms%n",
                corpus.size(), corpusLoad);
        Forks.figure("corpus.load_ms", corpusLoad);
        report("corpus.reply", replies(assistant, null, questions, replies, WARM_UP, "bench-").all());
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after a full GC: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /**
     * {@code count} encodes of the mix's messages, one at a time, after a warm-up, sorted: on the wide session
     * once {@code encoder} has one, since nothing else encodes meanwhile.
     */
    private static long[] encodes(TextEncoder encoder, List<String> questions, int count) {
        long[] encodes = new long[count];
        for (int i = -WARM_UP; i < encodes.length; i++) {
            String q = questions.get(Math.floorMod(i, questions.size()));
            long t = System.nanoTime();
            encoder.query(q);
            if (i >= 0) {
                encodes[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(encodes);
        return encodes;
    }

    /**
     * The shared encoder (as {@link FaqAssistant#create} waits for it), counting its encodes; with its session for
     * lone questions made, so that the timed replies do not share the cores with making it.
     */
    private static CountingEncoder countingEncoder() {
        TextEncoder shared = EncoderLoader.await().orElseThrow(() -> new IllegalStateException("the encoder did not load"));
        EncoderLoader.awaitEverySession();
        return new CountingEncoder(shared);
    }

    /** The standard assistant over the default knowledge base, as {@link FaqAssistant#create} builds it, with {@code encoder}. */
    private static FaqAssistant defaultAssistant(CountingEncoder encoder) throws Exception {
        Optional<TextEncoder> counted = Optional.of(encoder);
        return FaqAssistant.of(AssistantParts.standard(KbSource.standard(), Stores.inMemory(), Clock.systemUTC(), () -> counted));
    }

    /**
     * The nanoseconds of each timed reply after {@code warmUp} untimed ones, sorted; each reply in a conversation of
     * its own. With {@code counting} null every reply counts as encoded.
     */
    private static Timings replies(FaqAssistant assistant, CountingEncoder counting, List<String> questions, int replies, int warmUp,
            String prefix) {
        long[] nanos = new long[replies];
        boolean[] free = new boolean[replies];
        for (int i = -warmUp; i < replies; i++) {
            String q = questions.get(Math.floorMod(i, questions.size()));
            IncomingMessage message = IncomingMessage.of(prefix + i, q);
            long encodes = counting == null ? 0 : counting.calls();
            long t = System.nanoTime();
            assistant.reply(message);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t;
                free[i] = counting != null && counting.calls() == encodes;
            }
        }
        return new Timings(sorted(nanos, free, null), sorted(nanos, free, true), sorted(nanos, free, false));
    }

    /** The nanoseconds whose reply was encoder-free as {@code encoderFree} says (all when null), sorted. */
    private static long[] sorted(long[] nanos, boolean[] free, Boolean encoderFree) {
        long[] picked = new long[nanos.length];
        int n = 0;
        for (int i = 0; i < nanos.length; i++) {
            if (encoderFree == null || free[i] == encoderFree) {
                picked[n++] = nanos[i];
            }
        }
        picked = Arrays.copyOf(picked, n);
        Arrays.sort(picked);
        return picked;
    }

    /**
     * Loops the messages of the mix that the default knowledge base answers without an encode (found in
     * {@value #LOOP_SORTING_PASSES} passes over the whole mix): {@value #LOOP_WARM_UP_ROUNDS} untimed rounds and then
     * {@code rounds} timed ones, each replying once to every such message.
     */
    private static void encoderFreeLoop(int rounds) throws Exception {
        CountingEncoder counting = countingEncoder();
        FaqAssistant assistant = defaultAssistant(counting);
        List<String> questions = questions();
        boolean[] encoded = new boolean[questions.size()];
        for (int i = 0; i < LOOP_SORTING_PASSES * questions.size(); i++) {
            int m = i % questions.size();
            long encodes = counting.calls();
            assistant.reply(IncomingMessage.of("warm-" + i, questions.get(m)));
            encoded[m] |= counting.calls() != encodes;
        }
        List<String> free = new ArrayList<>();
        for (int m = 0; m < questions.size(); m++) {
            if (!encoded[m]) {
                free.add(questions.get(m));
            }
        }
        System.out.printf(Locale.ROOT, "encoder-free messages: %d of %d%n", free.size(), questions.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perReply = new double[rounds];
        long encodesBefore = counting.calls();
        for (int round = -LOOP_WARM_UP_ROUNDS; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int m = 0; m < free.size(); m++) {
                assistant.reply(IncomingMessage.of("loop-" + round + "-" + m, free.get(m)));
            }
            if (round >= 0) {
                perReply[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / free.size();
            }
        }
        Arrays.sort(perReply);
        double median = perReply[rounds / 2];
        System.out.printf(Locale.ROOT, "encoder-free loop: %d rounds of %d replies, CPU time per reply median %.3f ms (%.3f - %.3f), "
                + "encodes in the loop %d%n", rounds, free.size(), median, perReply[0], perReply[rounds - 1], counting.calls() - encodesBefore);
        Forks.figure("encoder_free.cpu_ms", median);
    }

    /** Prints and reports the p50, p99 and max of {@code sorted}, which must be in ascending order. */
    private static void report(String name, long[] sorted) {
        if (sorted.length == 0) {
            System.out.printf(Locale.ROOT, "%s: no calls%n", name);
            return;
        }
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
