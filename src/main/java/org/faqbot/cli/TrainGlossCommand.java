package org.faqbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.faqbot.ingest.GlossTrainer;
import org.faqbot.ingest.GlossTraining;
import org.faqbot.kb.Bilingual;
import org.faqbot.ingest.Ingest;
import org.faqbot.search.GlossEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code faqbot train-gloss [pages...] [--out table.tsv]}: learns which English words translate each
 * Dutch word from the sentence pairs of bilingual docs pages, and writes the gloss table that lets an
 * English encoder read Dutch questions. Pages not in the format go to stderr (exit code 1, the table is
 * still written from the others); the summary, with sample translations, to stdout.
 */
@Command(
        name = "train-gloss",
        mixinStandardHelpOptions = true,
        description = "Learns Dutch -> English word translations (IBM Model 1) from bilingual docs pages "
                + "into the gloss table.")
public final class TrainGlossCommand implements Callable<Integer> {

    private static final String DEFAULT_PAGES = "../shared/kb-source";
    private static final String DEFAULT_OUT = "faq-data/gloss-nl-en.tsv";

    /** Words the summary shows, so a run can be judged at a glance. */
    private static final List<String> SAMPLES = List.of(
            "verlengen", "abonnement", "beheerder", "toewijzen", "inwisselen", "verlopen", "lidmaatschap");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<file or folder>", defaultValue = DEFAULT_PAGES,
            description = "Bilingual docs pages (.md), or folders walked for them. Default: ${DEFAULT-VALUE}.")
    private List<Path> pages;

    @Option(names = "--out", paramLabel = "<table.tsv>", defaultValue = DEFAULT_OUT,
            description = "The table to write. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
            description = "Rounds of EM. Default: ${DEFAULT-VALUE}.")
    private int iterations;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<Bilingual> pairs = Ingest.plainPairs(pages, failures::add);
        long read = System.nanoTime();
        GlossTraining training = GlossTrainer.train(pairs, GlossTrainer.Settings.DEFAULT.withIterations(iterations));
        write(training);
        Timing timing = new Timing((read - started) / 1e9, (System.nanoTime() - read) / 1e9);
        PrintWriter err = spec.commandLine().getErr();
        failures.forEach(err::println);
        err.flush();
        summary(training, pairs.size(), failures.size(), timing).forEach(spec.commandLine().getOut()::println);
        return failures.isEmpty() ? 0 : 1;
    }

    /** Seconds spent reading the pages and training (and writing) the table. */
    private record Timing(double readSeconds, double trainSeconds) {
    }

    private void write(GlossTraining training) throws IOException {
        OutputFiles.createFolderOf(out);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            training.table().write(writer, training.header(command()));
        }
    }


    /** The command that makes the same table, as the header records it. */
    private String command() {
        String inputs = pages.stream().map(p -> p.toString().replace('\\', '/')).collect(Collectors.joining(" "));
        return "java -jar target/faqbot.jar train-gloss " + inputs + " --out " + out.toString().replace('\\', '/')
                + " --iterations " + iterations;
    }

    private List<String> summary(GlossTraining training, int pairsRead, int failures, Timing timing) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "train-gloss: %d pairs read (%d trained on), %d failed pages; "
                        + "vocabulary %d Dutch (compound parts included), %d English; %d EM rounds; "
                        + "%.1f s reading + %.1f s training = %.1f s",
                pairsRead, training.pairs(), failures, training.dutchWords(), training.englishWords(),
                training.settings().iterations(), timing.readSeconds(), timing.trainSeconds(),
                timing.readSeconds() + timing.trainSeconds()));
        lines.add("log-likelihood per English word by round: " + training.logLikelihoods().stream()
                .map(l -> String.format(Locale.ROOT, "%.3f", l)).collect(Collectors.joining(" ")));
        lines.add(String.format(Locale.ROOT, "%d Dutch words -> %s (%,d bytes)", training.table().size(), out,
                Files.size(out)));
        SAMPLES.forEach(word -> lines.add("  " + word + " -> " + training.table().entry(word)
                .map(TrainGlossCommand::translations).orElse("(not in the table)")));
        return lines;
    }

    private static String translations(GlossEntry entry) {
        if (entry.translations().isEmpty()) {
            return "(none)";
        }
        return entry.translations().stream()
                .map(t -> String.format(Locale.ROOT, "%s %.2f", t.english(), t.probability()))
                .collect(Collectors.joining(", "));
    }
}
