package org.faqbot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.kb.FaqIndex;
import org.faqbot.kb.Hit;
import org.faqbot.kb.KbVocabulary;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.kb.SearchResult;
import org.faqbot.kb.SearchSettings;
import org.faqbot.nlu.LanguageDetector;

/**
 * A calibration aid, not a test: prints each dev and holdout case's top hit and confidence, the
 * summaries, and how accuracy and rejection move with the threshold. Arguments: an optional knowledge
 * base JSON file (default: the shipped one) and "-v" for every case rather than the doubtful ones.
 */
public final class EvalTuning {

    private EvalTuning() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        Optional<String> kbFile = List.of(args).stream().filter(a -> a.endsWith(".json")).findFirst();
        KnowledgeBase kb = kbFile.isPresent() ? KnowledgeBaseJson.read(java.nio.file.Path.of(kbFile.get()))
                : DevEvaluation.shippedKnowledgeBase();
        SearchSettings settings = SearchSettings.defaults();
        FaqIndex index = FaqIndex.build(kb, settings);
        LanguageDetector detector = LanguageDetector.create().withVocabulary(java.util.Map.of(
                Lang.NL, KbVocabulary.words(kb, Lang.NL), Lang.EN, KbVocabulary.words(kb, Lang.EN)));
        List<EvalCase> all = new ArrayList<>(EvalCase.loadAll());
        all.addAll(EvalCase.load(EvalCase.HOLDOUT_RESOURCE));
        List<double[]> points = new ArrayList<>();
        for (EvalCase c : all) {
            if (!c.isFaq() && !c.isOutOfDomain()) {
                continue;
            }
            String q = c.messages().get(0);
            SearchResult result = index.search(q, detector.detect(q, Optional.empty()));
            Optional<Hit> top = result.top();
            double conf = top.map(Hit::confidence).orElse(0.0);
            boolean right = c.isFaq() && top.isPresent() && top.get().entry().id().equals(c.expect().orElseThrow());
            points.add(new double[] {c.isFaq() ? 1 : 0, right ? 1 : 0, conf});
            boolean doubtful = c.isFaq() ? !right || conf < settings.threshold() + 0.1 : conf > settings.threshold() - 0.1;
            if (verbose || doubtful) {
                System.out.printf(Locale.ROOT, "%s %s %-4s %.3f %-5s %-40.40s | %s%n", c.id(), c.lang().code(),
                        c.isFaq() ? "faq" : "ood", conf, right ? "ok" : (c.isFaq() ? "WRONG" : ""),
                        top.map(h -> h.entry().id().replaceFirst("^[^#]*#q?-?", "")).orElse("-"), q);
            }
        }
        System.out.println(DevEvaluation.of(kb, settings).run(EvalCase.loadAll()).summary().lines().limit(2).reduce("", (a, b) -> a + b + "\n"));
        System.out.println(DevEvaluation.of(kb, settings).run(EvalCase.load(EvalCase.HOLDOUT_RESOURCE)).summary().lines().limit(2).reduce("", (a, b) -> a + b + "\n"));
        for (double t = 0.20; t <= 0.601; t += 0.02) {
            int faq = 0;
            int ok = 0;
            int ood = 0;
            int rejected = 0;
            for (double[] p : points) {
                if (p[0] == 1) {
                    faq++;
                    ok += p[1] == 1 && p[2] >= t ? 1 : 0;
                } else {
                    ood++;
                    rejected += p[2] < t ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "threshold %.2f: faq %.3f ood %.3f%n", t, (double) ok / faq, (double) rejected / ood);
        }
    }
}
