package org.faqbot.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;

/**
 * A tuning aid, not a test: for a knowledge base and an evaluation file, prints for each FAQ and out-of-domain case which
 * stage of the cascade would decide (lexical, words, full fusion), the search's outcome, and the expected entry's rank
 * and chance in the words stage and in the full fusion beside the best other candidate.
 */
public final class StageSurvey {

    private StageSurvey() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of(args[0]));
        FusionModel model = FusionModel.shipped(kb.size());
        FaqIndex index = TuningAids.index(kb);
        for (TuningAids.Case c : TuningAids.faqAndOodCases(Path.of(args[1]))) {
            SearchResult r = index.search(c.question(), c.lang());
            String got = r.answer().map(h -> "ANS " + shortId(h.entry().id())).orElse("fall");
            String top = r.top().map(h -> String.format(Locale.ROOT, "%.2f %s", h.confidence(), shortId(h.entry().id()))).orElse("-");
            boolean right = c.expect().isEmpty() ? r.answer().isEmpty()
                    : r.answer().map(h -> h.entry().id().equals(c.expect())).orElse(false);
            double lexTop = index.lexicalTop(c.question(), c.lang());
            Ranked words = ranked(index.wordEvidence(c.question(), c.lang()), e -> model.words().probability(e.features()), c.expect());
            Ranked full = ranked(index.evidence(c.question(), c.lang()), e -> model.probability(e.features()), c.expect());
            long unknown = index.explainWords(c.question(), c.lang()).lines().filter(l -> l.matches("\\s*[0-9.]+\\?.*")).count();
            String stage = lexTop >= model.lexicalOnly() ? "lex?" : words.top >= model.words().sure() ? "words" : "full";
            System.out.printf(Locale.ROOT, "%s %s %s %-5s %-22s top=%s | lex %.2f unknown %d | words %s | full %s%n", right ? "ok  " : "MISS", c.id(),
                    c.lang(), stage, got, top, lexTop, unknown, words, full);
        }
        EncoderLoader.settleBeforeExit();
        System.exit(0);
    }

    private record Ranked(double top, String topId, int rank, double chance) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "top %.3f %s right #%d %.3f", top, shortId(topId), rank, chance);
        }
    }

    private static Ranked ranked(List<DenseSide.Evidence> evidence, java.util.function.ToDoubleFunction<DenseSide.Evidence> p,
            String expect) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (DenseSide.Evidence e : evidence) {
            best.merge(e.candidate().entry().id(), p.applyAsDouble(e), Math::max);
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(best.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
        if (sorted.isEmpty()) {
            return new Ranked(0, "-", 0, 0);
        }
        int rank = 0;
        double chance = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).getKey().equals(expect)) {
                rank = i + 1;
                chance = sorted.get(i).getValue();
            }
        }
        return new Ranked(sorted.get(0).getValue(), sorted.get(0).getKey(), rank, chance);
    }

    private static String shortId(String id) {
        String s = id.replace("benefits-faq#q-", "");
        return s.length() > 20 ? s.substring(0, 20) : s;
    }
}
