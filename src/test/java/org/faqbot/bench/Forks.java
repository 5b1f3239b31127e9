package org.faqbot.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs a benchmark several times, each in a fresh JVM, and sums up its figures: the median, lowest and
 * highest of each over the runs. A single JVM's result depends on what its JIT compiler made of the
 * warm-up and on what else the shared machine did meanwhile; on this machine two runs of the same
 * build differed by a factor of two, so one run proves little and the median of several says what a
 * run usually does. A benchmark reports a figure by printing a line {@code figure <name> <value>}.
 */
final class Forks {

    private static final String FIGURE = "figure ";
    /** Set in the runs this class starts: only they print figure lines, for it to read. */
    private static final String FIGURES_PROPERTY = "faqbot.bench.figures";

    private Forks() {
    }

    /** Prints each run's output as it comes, then one line per figure over all runs. */
    static void run(String benchmark, List<String> args, int runs) throws IOException, InterruptedException {
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            System.out.printf("run %d of %d (fresh JVM)%n", run, runs);
            for (String line : runOnce(benchmark, args)) {
                if (line.startsWith(FIGURE)) {
                    String[] nameValue = line.substring(FIGURE.length()).split(" ", 2);
                    figures.computeIfAbsent(nameValue[0], k -> new ArrayList<>()).add(Double.parseDouble(nameValue[1]));
                } else {
                    System.out.println("  " + line);
                }
            }
        }
        System.out.printf("%nover %d runs: median (lowest - highest) [each run]%n", runs);
        figures.forEach((name, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-28s %9.1f (%.1f - %.1f) [%s]%n", name, median(sorted), sorted[0],
                    sorted[sorted.length - 1], values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v))
                            .collect(Collectors.joining(", ")));
        });
    }

    /** Prints a figure for {@link #run} to collect, when this is one of its runs. */
    static void figure(String name, double value) {
        if (!Boolean.getBoolean(FIGURES_PROPERTY)) {
            return;
        }
        System.out.printf(Locale.ROOT, "%s%s %f%n", FIGURE, name, value);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<String> runOnce(String benchmark, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + FIGURES_PROPERTY + "=true", "-cp", classPath(), Benchmarks.class.getName(), benchmark));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("benchmark run exited with " + exit + ": " + String.join("\n", lines));
        }
        return lines;
    }

    /**
     * The class path this benchmark was loaded from: under {@code exec:java} that is the plugin's class
     * loader, not the JVM's class path (which is Maven's own).
     */
    private static String classPath() {
        if (Forks.class.getClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(Forks::path).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file on the class path: " + url, e);
        }
    }
}
