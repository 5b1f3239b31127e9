package org.faqbot.bench;

import java.util.Arrays;
import java.util.Map;

/** Runs the benchmark named by the first argument with the remaining arguments. */
public final class Benchmarks {

    /** A benchmark: reads its options, runs, prints its figures to standard output. */
    interface Benchmark {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Benchmark> ALL = Map.of("telegram", TelegramBenchmark::run, "http", HttpBenchmark::run,
            "answer", AnswerBenchmark::main, "startup", StartupBenchmark::run);

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !ALL.containsKey(args[0])) {
            System.err.println("usage: Benchmarks <" + String.join("|", ALL.keySet()) + "> [options]"
                    + (args.length == 0 ? "" : "; unknown benchmark '" + args[0] + "'"));
            System.exit(2);
        }
        ALL.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
        System.exit(0);
    }
}
