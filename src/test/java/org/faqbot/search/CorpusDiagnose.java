package org.faqbot.search;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;

/**
 * A tuning aid, not a test: for each case of a cases file (or "nl:text" / "en:text" arguments), where the expected
 * entry stands in the lexical side's candidates, by cosine among all candidates, in the fused ranking of the whole
 * search, and what the tiered search answers. Usage: {@code CorpusDiagnose kb.json cases.jsonl} or
 * {@code CorpusDiagnose kb.json en:question ...}. Prints to stdout only; writes nothing.
 */
public final class CorpusDiagnose {

    private static FaqIndex home;

    private CorpusDiagnose() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of(args[0]));
        FaqIndex.Dense dense = new FaqIndex.Dense(EncoderLoader::await, DutchGlosses.standard(), FusionModel.shipped(kb.size()));
        EncoderLoader.start();
        FaqIndex index = FaqIndex.tiered(kb, SearchSettings.defaults(), dense, FusionModel::shipped);
        List<FaqEntry> homeEntries = kb.entries().stream().filter(e -> SearchSettings.defaults().homePages().contains(e.page())).toList();
        home = FaqIndex.hybrid(new KnowledgeBase(kb.attribution(), homeEntries), SearchSettings.defaults().scaledTo(homeEntries.size()),
                new FaqIndex.Dense(EncoderLoader::await, DutchGlosses.standard(), FusionModel.shipped(homeEntries.size())));
        if (args[1].endsWith(".jsonl")) {
            for (TuningAids.Case c : TuningAids.faqAndOodCases(Path.of(args[1]))) {
                diagnose(index, kb, c.id(), c.question(), c.lang(), c.expect());
            }
        } else {
            for (int a = 1; a < args.length; a++) {
                Lang lang = args[a].startsWith("nl:") ? Lang.NL : Lang.EN;
                diagnose(index, kb, "arg" + a, args[a].substring(3), lang, "");
            }
        }
        EncoderLoader.settleBeforeExit();
        System.exit(0);
    }

    private static void diagnose(FaqIndex index, KnowledgeBase kb, String id, String question, Lang lang, String expect) {
        if (System.getenv("DIAG_TIER") != null) {
            tier(index, kb, id, question, lang, expect);
            return;
        }
        String key = kb.entries().stream().filter(e -> e.id().equals(expect)).findFirst().map(DuplicateKey::of).orElse("#none");
        List<ScoredCandidate> lexical = index.candidates(question, lang);
        List<DenseSide.Evidence> evidence = index.evidence(question, lang);
        List<DenseSide.Evidence> byCos = evidence.stream()
                .sorted(Comparator.comparingDouble((DenseSide.Evidence e) -> -Features.cosine(e.features()))).toList();
        SearchResult whole = index.search(question, lang, new QueryEncoding());
        SearchResult tiered = index.search(question, lang);
        int lexRank = rank(lexical.stream().map(c -> c.candidate().entry()).toList(), key);
        int cosRank = rank(byCos.stream().map(e -> e.candidate().entry()).toList(), key);
        int wholeRank = rank(whole.hits().stream().map(Hit::entry).toList(), key);
        int tierRank = rank(tiered.hits().stream().map(Hit::entry).toList(), key);
        Optional<Hit> answer = tiered.answer();
        String top = tiered.hits().isEmpty() ? "-" : tiered.hits().get(0).entry().id();
        double conf = tiered.hits().isEmpty() ? 0 : tiered.hits().get(0).confidence();
        double wholeConf = whole.hits().isEmpty() ? 0 : whole.hits().get(0).confidence();
        System.out.printf(Locale.ROOT, "%s %s lex=%d cos=%d whole=%d(%.2f/%.2f) final=%d %s %.2f/%.2f top=%s expect=%s near=%s%n", id, lang, lexRank,
                cosRank, wholeRank, wholeConf, whole.threshold(), tierRank, answer.isPresent() ? "ANS" : "fb", conf,
                tiered.threshold(), top, expect.isEmpty() ? "-" : expect, tiered.near());
        if (System.getenv("DIAG_HOME") != null) {
            FusionModel model = FusionModel.shipped(10);
            home.evidence(question, lang).stream().sorted(Comparator.comparingDouble((DenseSide.Evidence e) -> -model.probability(e.features())))
                    .limit(3).forEach(e -> System.out.printf(Locale.ROOT, "   home %.3f %s %s%n", model.probability(e.features()),
                            e.candidate().entry().id(), java.util.Arrays.toString(java.util.Arrays.stream(e.features())
                                    .map(x -> Math.round(x * 100) / 100.0).toArray())));
            whole.hits().stream().limit(3).forEach(h -> System.out.printf(Locale.ROOT, "   whole %.3f %s%n", h.confidence(), h.entry().id()));
            lexical.stream().limit(3).forEach(c -> System.out.printf(Locale.ROOT, "   lex %.3f %s%n", c.confidence(), c.candidate().entry().id()));
        }
    }

    /**
     * For a question the home tier may answer (the whole search did not answer from another page with the encoder): the
     * home tier's best entry, whether it is the expected one, its features there, and the whole search's lexical view.
     */
    private static void tier(FaqIndex index, KnowledgeBase kb, String id, String question, Lang lang, String expect) {
        QueryEncoding encoding = new QueryEncoding();
        SearchResult whole = index.search(question, lang, encoding);
        Optional<Hit> answer = whole.answer();
        if (answer.isPresent() && (!answer.get().entry().page().equals("benefits-faq") || !encoding.encoded())) {
            return;
        }
        FusionModel model = FusionModel.shipped(10);
        DenseSide.Evidence best = home.evidence(question, lang).stream()
                .max(Comparator.comparingDouble((DenseSide.Evidence e) -> model.probability(e.features()))).orElse(null);
        if (best == null) {
            return;
        }
        double p = model.probability(best.features());
        String key = kb.entries().stream().filter(e -> e.id().equals(expect)).findFirst().map(DuplicateKey::of).orElse("#none");
        boolean right = DuplicateKey.of(best.candidate().entry()).equals(key);
        List<ScoredCandidate> lexical = index.candidates(question, lang);
        double bestOther = lexical.stream().filter(c -> !c.candidate().entry().page().equals("benefits-faq")).mapToDouble(ScoredCandidate::confidence)
                .max().orElse(0);
        double sameInWhole = lexical.stream().filter(c -> DuplicateKey.of(c.candidate().entry()).equals(DuplicateKey.of(best.candidate().entry())))
                .mapToDouble(ScoredCandidate::confidence).max().orElse(0);
        int wholeRank = rank(whole.hits().stream().map(Hit::entry).toList(), DuplicateKey.of(best.candidate().entry()));
        double[] x = best.features();
        System.out.printf(Locale.ROOT, "TIER %s %s %s p=%.3f ans=%s homeLex=%.2f homeEvid=%.2f homeHead=%.2f cos=%.3f wholeTop=%.2f %s wholeRankOfHome=%d lexOther=%.2f lexHomeInWhole=%.2f %s%n",
                id, lang, expect.isEmpty() ? "OOD" : right ? "RIGHT" : "WRONG", p, p >= model.threshold() ? "Y" : "n", x[1], x[11], x[12],
                Features.cosine(x), whole.hits().isEmpty() ? 0 : whole.hits().get(0).confidence(),
                whole.hits().isEmpty() ? "-" : whole.hits().get(0).entry().page(), wholeRank, bestOther, sameInWhole, best.candidate().entry().id());
    }

    /** 1-based rank of the entry with duplicate key {@code key}, 0 when absent. */
    private static int rank(List<FaqEntry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (DuplicateKey.of(entries.get(i)).equals(key)) {
                return i + 1;
            }
        }
        return 0;
    }
}
