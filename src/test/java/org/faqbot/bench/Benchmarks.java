package org.faqbot.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark named by the first argument with the remaining arguments; with {@code --forks=N},
 * N times, each in a fresh JVM, and sums up the figures over the runs ({@link Forks}).
 */
public final class Benchmarks {

    /** A benchmark: reads its options, runs, prints its figures to standard output. */
    interface Benchmark {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Benchmark> ALL = Map.of("telegram", TelegramBenchmark::run, "http", HttpBenchmark::run,
            "answer", AnswerBenchmark::main, "startup", StartupBenchmark::run, "hybrid", HybridBenchmark::run,
            "serve", ServeMemoryBenchmark::run, "load", CorpusLoadBenchmark::run);

    private Benchmarks() {
    }

    /** Takes {@code --forks=N} out of {@code options}: the number of fresh JVMs to run the benchmark in (default 1). */
    private static int forks(List<String> options) {
        int forks = 1;
        for (var it = options.iterator(); it.hasNext(); ) {
            String option = it.next();
            if (option.startsWith("--forks=")) {
                forks = Integer.parseInt(option.substring("--forks=".length()));
                it.remove();
            }
        }
        return forks;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !ALL.containsKey(args[0])) {
            System.err.println("usage: Benchmarks <" + String.join("|", ALL.keySet()) + "> [options]"
                    + (args.length == 0 ? "" : "; unknown benchmark '" + args[0] + "'"));
            System.exit(2);
        }
        List<String> options = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        int forks = forks(options);
        if (forks > 1) {
            Forks.run(args[0], options, forks);
        } else {
            ALL.get(args[0]).run(options.toArray(String[]::new));
        }
        System.exit(0);
    }
}
