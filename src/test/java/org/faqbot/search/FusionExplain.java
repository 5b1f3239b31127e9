package org.faqbot.search;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;

/**
 * A tuning aid, not a test: for a knowledge base and questions given as "nl:text" or "en:text", prints the search's
 * result and the fused candidates' probabilities and features (the lexical side's explanation first).
 */
public final class FusionExplain {

    private FusionExplain() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of(args[0]));
        FusionModel model = FusionModel.shipped(kb.size());
        FaqIndex index = TuningAids.index(kb);
        for (int a = 1; a < args.length; a++) {
            Lang lang = args[a].startsWith("nl:") ? Lang.NL : Lang.EN;
            String q = args[a].substring(3);
            System.out.println("== " + q);
            System.out.println(index.explainWords(q, lang));
            SearchResult r = index.search(q, lang);
            System.out.printf(Locale.ROOT, "result: %s thr=%.2f near=%s%n", r.answer().map(h -> "ANS " + h.entry().id()).orElse("fallback"),
                    r.threshold(), r.near());
            r.hits().stream().limit(4).forEach(h -> System.out.printf(Locale.ROOT, "  hit %.3f %s%n", h.confidence(), h.entry().id()));
            List<DenseSide.Evidence> ev = index.evidence(q, lang);
            System.out.println("  features " + Features.NAMES);
            ev.stream().sorted(Comparator.comparingDouble((DenseSide.Evidence e) -> -model.probability(e.features()))).limit(5)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %.3f %s %s%n", model.probability(e.features()), e.candidate().entry().id(),
                            Arrays.toString(Arrays.stream(e.features()).map(x -> Math.round(x * 100) / 100.0).toArray())));
        }
        EncoderLoader.settleBeforeExit();
        System.exit(0);
    }
}
