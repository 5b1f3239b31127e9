package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.FusionFit;
import org.faqbot.search.FusionModel;
import org.faqbot.search.SearchSettings;
import org.faqbot.search.TextEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code faqbot fit}: refits the fusion of lexical and dense evidence on questions with known answers
 * and writes the model the search uses. Run it when the knowledge base, the analyzers or the encoder
 * change; it prints the weights and what the model does on the questions.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Refit the answer decision (fusion of lexical and dense evidence) on faq and ood cases.")
public final class FitCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(paramLabel = "CASES", arity = "0..*",
            description = "Case files (JSON lines); faq and ood cases are used, and topic messages (kind topic) set the "
                    + "suggestion floor. Default: ${DEFAULT-VALUE}",
            defaultValue = "../shared/eval/dev-cases.jsonl,faq-data/fit-cases.jsonl,faq-data/fit-cases-chat.jsonl,faq-data/fit-cases-chat-2.jsonl,faq-data/fit-cases-long.jsonl,faq-data/fit-topics.jsonl",
            split = ",")
    List<Path> caseFiles;

    @Option(names = "--out", paramLabel = "<fusion.json>", defaultValue = "faq-data/fusion.json",
            description = "Where to write the model (default: ${DEFAULT-VALUE}); the jar ships faq-data/fusion.json "
                    + "(fitted on the Benefits FAQ) and faq-data/fusion-all.json (on the whole corpus), and uses the one "
                    + "fitted on the knowledge base closest in size.")
    Path out;

    @Option(names = "--other-pages", paramLabel = "<kb.json>", defaultValue = "faq-data/kb-all.json",
            description = "A larger knowledge base whose other pages' questions serve as near-domain questions the "
                    + "knowledge base does not answer (default: ${DEFAULT-VALUE}; 'none' for none).")
    String otherPages;

    @Option(names = "--other-questions", defaultValue = "100",
            description = "How many of those questions per language (default: ${DEFAULT-VALUE}).")
    int otherQuestions;

    @Option(names = "--answerable-from", paramLabel = "CASES", split = ",",
            description = "Case files whose faq cases are used and whose ood cases are not: files written for a smaller "
                    + "knowledge base, whose out-of-domain questions a larger one may answer (the Benefits FAQ's "
                    + "near-domain questions about MFA or co-sell are answered by other pages of the corpus).")
    List<Path> answerableFiles = List.of();

    @Option(names = "--floor-of", paramLabel = "<fusion.json>",
            description = "Keep this model's weights and thresholds and only set its words stage's floor (the chance under "
                    + "which a question is not encoded) from the cases, then write it to --out.")
    Path floorOf;

    @Option(names = "--leave-out", paramLabel = "FEATURES", split = ",",
            description = "Features the model does without (their weights 0), e.g. chunk,chunk_lead,chunk_first,home for "
                    + "the Benefits FAQ: its answers are short enough for one vector, and every entry is on the home page.")
    java.util.Set<String> leaveOut = java.util.Set.of();

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String feature : leaveOut) {
            try {
                FusionFit.held(java.util.Set.of(feature));
            } catch (IllegalArgumentException e) {
                List<String> names = org.faqbot.search.Features.NAMES;
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--leave-out: no feature '" + feature
                        + "'; the features are " + names.subList(1, names.size()));
            }
        }
        List<FusionFit.Case> cases = cases(caseFiles, answerableFiles);
        KnowledgeBase kb = KbSource.load(options.kb(), System.getenv());
        if (!otherPages.equals("none") && otherQuestions > 0) {
            KnowledgeBase corpus = org.faqbot.kb.KnowledgeBaseJson.read(Path.of(otherPages));
            cases.addAll(FusionFit.otherPagesQuestions(corpus, kb, otherQuestions));
        }
        TextEncoder encoder = EncoderLoader.await().orElseThrow(() -> new IllegalStateException("the encoder could not be loaded"));
        String fittedOn = caseFiles.stream().map(p -> p.getFileName().toString()).toList()
                + (answerableFiles.isEmpty() ? "" : ", the faq cases of " + answerableFiles.stream().map(p -> p.getFileName().toString()).toList())
                + (otherPages.equals("none") || otherQuestions == 0 ? "" : " and " + otherQuestions
                        + " questions per language of other pages of " + otherPages)
                + ", " + kb.size() + " entries"
                + (leaveOut.isEmpty() ? "" : ", without " + new java.util.TreeSet<>(leaveOut));
        if (floorOf != null) {
            FusionModel kept;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(floorOf)) {
                kept = FusionModel.read(in, floorOf.toString());
            }
            Double floor = FusionFit.wordsHopeless(kb, SearchSettings.defaults().scaledTo(kb.size()), encoder, BotFactory.gloss(),
                    cases, kept);
            FusionModel.WordsStage words = kept.words();
            FusionModel withFloor = new FusionModel(kept.features(), kept.weights(), kept.threshold(), kept.lexicalOnly(), kept.model(),
                    kept.fittedOn(), kept.entries(), new FusionModel.WordsStage(words.weights(), words.threshold(), words.sure(), floor),
                    kept.nearFrom(), kept.nearByWordsFrom(), kept.suggestionFloor());
            System.out.println(floor == null ? "words stage: no floor (every question is encoded when the stage is unsure)"
                    : "words stage: not encoded under " + floor);
            withFloor.write(out);
            System.out.println("wrote " + out);
            return 0;
        }
        FusionFit.Result result = FusionFit.fit(kb, SearchSettings.defaults().scaledTo(kb.size()), encoder,
                BotFactory.gloss(), cases, fittedOn, leaveOut);
        System.out.print(result.report());
        result.model().write(out);
        System.out.println("wrote " + out);
        return 0;
    }

    /** The faq and ood cases of {@code files} and the faq cases only of {@code answerable}. */
    static List<FusionFit.Case> cases(List<Path> files, List<Path> answerable) throws IOException {
        List<FusionFit.Case> cases = new ArrayList<>();
        for (Path file : files) {
            addCases(file, true, cases);
        }
        for (Path file : answerable) {
            addCases(file, false, cases);
        }
        return cases;
    }

    private static void addCases(Path file, boolean withOutOfDomain, List<FusionFit.Case> into) throws IOException {
        for (EvalCase c : EvalCase.read(file)) {
            if (c.kind().equals("faq") || withOutOfDomain && c.kind().equals("ood")) {
                into.add(new FusionFit.Case(c.turns().get(0), c.lang(), c.expect()));
            } else if (withOutOfDomain && c.kind().equals("topic")) {
                into.add(FusionFit.Case.topic(c.turns().get(0), c.lang()));
            }
        }
    }
}
