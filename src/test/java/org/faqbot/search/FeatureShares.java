package org.faqbot.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;

/**
 * A tuning aid, not a test: for a knowledge base and evaluation files, the mean of each feature of the expected entry (and
 * of the best candidate of out-of-domain questions) by language and kind, and its share of the fused logit.
 */
public final class FeatureShares {

    private FeatureShares() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of(args[0]));
        FusionModel model = FusionModel.shipped(kb.size());
        FaqIndex index = TuningAids.index(kb);
        int n = Features.NAMES.size();
        double[][] sum = new double[4][n];
        int[] count = new int[4];
        for (int a = 1; a < args.length; a++) {
            for (TuningAids.Case c : TuningAids.faqAndOodCases(Path.of(args[a]))) {
                List<DenseSide.Evidence> ev = index.evidence(c.question(), c.lang());
                DenseSide.Evidence pick = null;
                for (DenseSide.Evidence e : ev) {
                    boolean ok = c.expect().isEmpty() ? pick == null || model.probability(e.features()) > model.probability(pick.features())
                            : e.candidate().entry().id().equals(c.expect()) && (pick == null || model.probability(e.features()) > model.probability(pick.features()));
                    if (ok) {
                        pick = e;
                    }
                }
                if (pick == null) {
                    continue;
                }
                int g = (c.lang() == Lang.NL ? 0 : 1) + (c.expect().isEmpty() ? 2 : 0);
                count[g]++;
                for (int f = 0; f < n; f++) {
                    sum[g][f] += pick.features()[f];
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %8s   (weight; mean feature of right entry nl/en, best of ood nl/en)%n", "feature", "w", "nl", "en", "ood");
        String[] label = {"nl", "en", "ood nl", "ood en"};
        for (int f = 0; f < n; f++) {
            System.out.printf(Locale.ROOT, "%-16s %8.3f", Features.NAMES.get(f), model.weights()[f]);
            for (int g = 0; g < 4; g++) {
                System.out.printf(Locale.ROOT, " %8.3f", count[g] == 0 ? 0 : sum[g][f] / count[g]);
            }
            System.out.println();
        }
        for (int g = 0; g < 4; g++) {
            System.out.printf(Locale.ROOT, "%s: %d%n", label[g], count[g]);
        }
        EncoderLoader.settleBeforeExit();
        System.exit(0);
    }
}
