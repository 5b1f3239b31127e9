package org.faqbot.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faqbot.ingest.WordVectorTrainer;
import org.faqbot.ingest.Ingest;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;
import org.faqbot.search.WordVectors;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.TextEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code faqbot train-word-vectors [pages...] [--lang nl|en] [--out file]}: learns the {@link WordVectors} of
 * one side's words from the sentence pairs of bilingual docs pages, with the shipped encoder as the teacher (it reads each English
 * sentence; a few minutes on two cores). Pages not in the format go to stderr (exit code 1, the vectors
 * are still learned from the others).
 */
@Command(
        name = "train-word-vectors", aliases = "train-dutch-vectors",
        mixinStandardHelpOptions = true,
        description = "Learns vectors for Dutch (or English) words in the encoder's space from bilingual docs pages, "
                + "so that questions are read by meaning without running the encoder.")
public final class TrainWordVectorsCommand implements Callable<Integer> {

    /** The repository's own copy of the docs pages, so the vectors are trained from what is committed. */
    private static final String DEFAULT_PAGES = "faq-data/kb-source";
    /** Where each language's vectors go unless --out says otherwise. */
    private static final String DEFAULT_OUT = "faq-data/%s-words.bin";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<file or folder>", defaultValue = DEFAULT_PAGES,
            description = "Bilingual docs pages (.md), or folders walked for them. Default: ${DEFAULT-VALUE}.")
    private List<Path> pages;

    @Option(names = "--out", paramLabel = "<file>",
            description = "The file to write. Default: faq-data/nl-words.bin (faq-data/en-words.bin with --lang en).")
    private Path out;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "30",
            description = "Conjugate-gradient rounds of the least-squares fit. Default: ${DEFAULT-VALUE}.")
    private int rounds;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", converter = LangConverter.class,
            description = "Whose words get vectors: the Dutch side of the pairs or the English side. Default: ${DEFAULT-VALUE}.")
    private Lang lang;

    private final boolean terminal = System.console() != null;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path out = this.out != null ? this.out : Path.of(String.format(Locale.ROOT, DEFAULT_OUT, lang.code()));
        List<String> failures = new ArrayList<>();
        List<Bilingual> pairs = Ingest.plainPairs(pages, failures::add);
        failures.forEach(err::println);
        TextEncoder encoder = EncoderLoader.await()
                .orElseThrow(() -> new IOException("the encoder could not be loaded (see the log)"));
        ProgressBar bar = new ProgressBar(err, terminal);
        WordVectorTrainer.Settings defaults = WordVectorTrainer.Settings.DEFAULT;
        WordVectorTrainer.Result result = WordVectorTrainer.train(lang, pairs, encoder,
                new WordVectorTrainer.Settings(rounds, defaults.lambda(), defaults.minCount()),
                (done, total, left) -> bar.update(done, total, "English sentences encoded, " + left.toSeconds() + " s left"),
                Clock.systemUTC());
        OutputFiles.createFolderOf(out);
        try (OutputStream stream = Files.newOutputStream(out)) {
            result.vectors().write(stream);
        }
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "train-word-vectors: %d pairs read, %d failed pages; %d pairs trained on, %d %s features; "
                        + "encoding %.1f s, solving %.1f s; model %s -> %s (%,d bytes)",
                pairs.size(), failures.size(), result.pairs(), result.features(), lang == Lang.NL ? "Dutch" : "English", result.encoding().toMillis() / 1000.0,
                result.solving().toMillis() / 1000.0, encoder.model(), out, Files.size(out)));
        return failures.isEmpty() ? 0 : 1;
    }

}
