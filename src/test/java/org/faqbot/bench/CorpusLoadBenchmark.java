package org.faqbot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.store.Stores;

/**
 * The whole corpus's load, as {@code serve}'s reload of {@code FAQBOT_KB} does it: the knowledge base file read, its
 * vectors and the index built ({@link FaqAssistant#create}), {@code --runs=N} times (default 6) in one JVM. The first
 * load pays for class loading and a cold JIT, so the bar (3 s in a running JVM) reads the later ones: it prints
 * each load and the median and highest of loads 2 to N. {@code ./mvnw -q -B test-compile exec:java
 * -Dexec.args="load [--runs=N]"}.
 */
final class CorpusLoadBenchmark {

    private static final Path CORPUS = Path.of("faq-data/kb-all.json");

    private CorpusLoadBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int runs = Integer.parseInt(BenchFlags.parse(args).getOrDefault("runs", "6"));
        if (runs < 2) {
            throw new IllegalArgumentException("--runs must be at least 2: the first load is not a running JVM's");
        }
        AnswerBenchmark.printMachine();
        // Process CPU beside the wall time: on a shared machine the wall time also counts other processes' turns.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] later = new double[runs - 1];
        // Kept while the next one loads, as serve's reload builds the new index beside the live one.
        FaqAssistant live = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            KnowledgeBase corpus = KnowledgeBaseJson.read(CORPUS);
            FaqAssistant assistant = FaqAssistant.create(corpus, Stores.inMemory(), Clock.systemUTC());
            double millis = (System.nanoTime() - start) / 1e6;
            double cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1e6;
            System.out.printf(Locale.ROOT, "load %d: %d entries in %.0f ms (process CPU %.0f ms)%n", run + 1, corpus.size(), millis,
                    cpuMillis);
            if (run == 0) {
                Forks.figure("corpus.first_load_ms", millis);
            } else {
                later[run - 1] = millis;
            }
            live = assistant;
            System.gc();
        }
        System.out.printf(Locale.ROOT, "the last load finds %d entries for \"multi-factor authentication\"%n",
                live.lookup("multi-factor authentication", Optional.empty(), 3).size());
        Arrays.sort(later);
        double median = later.length % 2 == 1 ? later[later.length / 2] : (later[later.length / 2 - 1] + later[later.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "loads 2-%d in a running JVM: median %.0f ms, highest %.0f ms%n", runs, median,
                later[later.length - 1]);
        Forks.figure("corpus.reload_median_ms", median);
        Forks.figure("corpus.reload_highest_ms", later[later.length - 1]);
    }
}
