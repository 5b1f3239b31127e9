package org.faqbot.cli;

import java.nio.file.Files;
import org.faqbot.ingest.EntryEncoding;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.VectorFile;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.TextEncoder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.faqbot.ingest.Ingest;
import org.faqbot.ingest.IngestReport;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.KnowledgeBaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code faqbot ingest <files or folders...> --out kb.json}: reads bilingual docs pages into a knowledge
 * base file. Pages that are not in the format are reported as {@code file:line: reason} on stderr and
 * left out; the exit code is then 1. Warnings and progress go to stderr, the summary to stdout (with the
 * count of generic sections, such as the announcements' "Questions?", left out).
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Reads bilingual (nl/en) docs pages into a knowledge-base JSON file.")
public final class IngestCommand implements Callable<Integer> {

    /** More pages than this get a progress bar; a handful finish before one would be read. */
    private static final int PROGRESS_FROM_PAGES = 6;
    /** ... and more entries to encode than this: a handful take a second. */
    private static final int PROGRESS_FROM_ENTRIES = 50;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file or folder>",
            description = "Docs pages (.md), or folders walked for them (TOC.md files are skipped).")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "<kb.json>", description = "The knowledge-base file to write.")
    private Path out;

    @Option(names = "--root", paramLabel = "<folder>",
            description = "The docs root: pages' paths under it are their URL paths. "
                    + "Default: the nearest folder above each page that holds a LICENSE file.")
    private Path root;

    @Option(names = "--encode-workers", paramLabel = "<n>",
            description = "Entries encoded at a time, each on one core (default: the machine's cores, ${DEFAULT-VALUE}).")
    private int encodeWorkers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-vectors", description = "Write the entries only, without encoding their vectors (${DEFAULT-VALUE}).")
    private boolean noVectors;

    /** Whether we run on a terminal, so the progress bar may redraw its line (Java tells for the console only). */
    private final boolean terminal = System.console() != null;

    @Override
    public Integer call() throws IOException {
        if (encodeWorkers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--encode-workers must be 1 or more, got " + encodeWorkers);
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        ProgressBar bar = new ProgressBar(err, terminal);
        IngestReport report = Ingest.run(inputs, Optional.ofNullable(root),
                (done, total) -> showProgress(bar, done, total));
        KnowledgeBaseJson.write(report.knowledgeBase(), out);
        report.warnings().forEach(err::println);
        report.failures().forEach(err::println);
        err.flush();
        spec.commandLine().getOut().println(summary(report, (System.nanoTime() - started) / 1_000_000));
        if (!noVectors && report.knowledgeBase().size() > 0) {
            encode(report.knowledgeBase(), err);
        }
        return report.ok() ? 0 : 1;
    }

    /**
     * Writes the entries' vectors beside the knowledge base, keeping those of unchanged entries from the
     * vectors already there, so a re-ingest after a docs update encodes only what changed.
     */
    private void encode(KnowledgeBase kb, PrintWriter err) throws IOException {
        ProgressBar bar = new ProgressBar(err, terminal);
        Path vectorFile = VectorFile.besides(out);
        Optional<EntryVectors> previous = Optional.empty();
        try {
            previous = Files.exists(vectorFile) ? Optional.of(VectorFile.read(vectorFile)) : Optional.empty();
        } catch (IOException e) {
            err.println("warning: " + e.getMessage() + ": encoding every entry again");
        }
        TextEncoder encoder = EncoderLoader.await()
                .orElseThrow(() -> new IOException("the encoder could not be loaded, so no vectors were written (see the log)"));
        EntryEncoding.Summary summary = EntryEncoding.run(kb, encoder, previous,
                (done, total, left) -> {
                    if (total >= PROGRESS_FROM_ENTRIES) {
                        bar.update(done, total, "entries encoded, " + left.toSeconds() + " s left");
                    }
                },
                java.time.Clock.systemUTC(), encodeWorkers);
        VectorFile.write(summary.vectors(), vectorFile);
        spec.commandLine().getOut().printf("vectors: %d entries encoded, %d unchanged kept, %.1f s, model %s -> %s%n",
                summary.encoded(), summary.reused(), summary.took().toMillis() / 1000.0, encoder.model(), vectorFile);
    }

    private static void showProgress(ProgressBar bar, int done, int total) {
        if (total >= PROGRESS_FROM_PAGES) {
            bar.update(done, total, "pages");
        }
    }

    private String summary(IngestReport report, long millis) {
        return String.format("ingest: %d pages, %d entries (%d QA, %d passages), %s, %d warnings, %d failures, %d ms -> %s",
                report.pages(), report.knowledgeBase().size(), report.count(EntryKind.QA),
                report.count(EntryKind.PASSAGE), generic(report), report.warnings().size(), report.failures().size(),
                millis, out);
    }

    /** "0 generic sections dropped", or with their headings: "73 generic sections dropped ("Questions?", "Questions")". */
    private static String generic(IngestReport report) {
        String dropped = report.generic().size() + " generic sections dropped";
        if (report.generic().isEmpty()) {
            return dropped;
        }
        return dropped + report.genericHeadings().stream().map(heading -> '"' + heading + '"')
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
