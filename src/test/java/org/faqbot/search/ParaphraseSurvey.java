package org.faqbot.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faqbot.ingest.EnglishParaphrases;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;

/**
 * A tuning aid, not a test (para22): the right entry's rank by the lexical side alone for the English questions of
 * evaluation files, as written and with a second reading of the question's English paraphrases
 * ({@link EnglishParaphrases}) added at a lower weight, always or only when the question's own words find little.
 *
 * <pre>java ... org.faqbot.search.ParaphraseSurvey kb.json table.tsv cases.jsonl...</pre>
 */
public final class ParaphraseSurvey {

    private ParaphraseSurvey() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of(args[0]));
        Map<String, List<EnglishParaphrases.Paraphrase>> table = EnglishParaphrases.read(Path.of(args[1]));
        FaqIndex index = FaqIndex.build(kb, SearchSettings.defaults());
        List<TuningAids.Case> cases = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            TuningAids.faqAndOodCases(Path.of(args[i])).stream().filter(c -> c.lang() == Lang.EN && !c.expect().isEmpty())
                    .forEach(cases::add);
        }
        Set<String> stop = GlossWords.stopWords(Lang.EN);
        List<List<ScoredCandidate>> own = new ArrayList<>();
        List<List<ScoredCandidate>> para = new ArrayList<>();
        List<List<ScoredCandidate>> expanded = new ArrayList<>();
        int withParaphrases = 0;
        for (TuningAids.Case c : cases) {
            List<String> words = GlossWords.words(c.question());
            Set<String> extra = new LinkedHashSet<>();
            for (String w : words) {
                if (!stop.contains(w)) {
                    table.getOrDefault(w, List.of()).forEach(p -> extra.add(p.english()));
                }
            }
            extra.removeAll(words);
            withParaphrases += extra.isEmpty() ? 0 : 1;
            String paraText = String.join(" ", extra);
            own.add(index.candidates(c.question(), Lang.EN));
            para.add(paraText.isEmpty() ? List.of() : index.candidates(paraText, Lang.EN));
            expanded.add(paraText.isEmpty() ? own.get(own.size() - 1) : index.candidates(c.question() + " " + paraText, Lang.EN));
            if (args.length > 0 && System.getProperty("verbose") != null) {
                System.out.println(c.id() + " | " + c.question() + " | + " + paraText);
            }
        }
        System.out.printf(Locale.ROOT, "%d English questions, %d with paraphrases%n", cases.size(), withParaphrases);
        report("own words", cases, own, own, 0, 1);
        report("own words + paraphrases in one query", cases, own, expanded, -1, 1);
        for (double w : new double[] {0.1, 0.2, 0.3, 0.5}) {
            report("own + " + w + " x paraphrases", cases, own, para, w, 1);
        }
        for (double level : new double[] {0.1, 0.2, 0.3}) {
            for (double w : new double[] {0.2, 0.5}) {
                report("own + " + w + " x paraphrases when own top < " + level, cases, own, para, w, level);
            }
        }
    }

    private static void report(String name, List<TuningAids.Case> cases, List<List<ScoredCandidate>> own,
            List<List<ScoredCandidate>> para, double w, double level) {
        int top1 = 0;
        int better = 0;
        int worse = 0;
        double mrr = 0;
        double rankSum = 0;
        for (int i = 0; i < cases.size(); i++) {
            List<ScoredCandidate> mine = own.get(i);
            double top = mine.isEmpty() ? 0 : mine.get(0).confidence();
            List<String> ranked = w < 0 ? ids(para.get(i)) : own == para ? ids(mine) : top < level ? fused(mine, para.get(i), w) : ids(mine);
            int r = rank(ranked, cases.get(i).expect());
            int base = rank(ids(mine), cases.get(i).expect());
            top1 += r == 1 ? 1 : 0;
            mrr += r <= 3 ? 1.0 / r : 0;
            rankSum += Math.min(r, 30);
            better += r < base ? 1 : 0;
            if (r != base && System.getProperty("changes") != null && name.equals(System.getProperty("changes"))) {
                System.out.printf(Locale.ROOT, "  %s %d -> %d  %s%n", cases.get(i).id(), base, r, cases.get(i).question());
            }
            worse += r > base ? 1 : 0;
        }
        int n = cases.size();
        System.out.printf(Locale.ROOT, "%-52s top-1 %.3f  MRR@3 %.3f  mean rank (cap 30) %.2f  better %d worse %d%n", name,
                top1 / (double) n, mrr / n, rankSum / n, better, worse);
    }

    private static List<String> fused(List<ScoredCandidate> own, List<ScoredCandidate> para, double w) {
        Map<String, Double> score = new HashMap<>();
        own.forEach(c -> score.merge(c.candidate().entry().id(), c.confidence(), Math::max));
        Map<String, Double> extra = new HashMap<>();
        para.forEach(c -> extra.merge(c.candidate().entry().id(), c.confidence(), Math::max));
        extra.forEach((id, s) -> score.merge(id, w * s, Double::sum));
        List<String> ids = new ArrayList<>(score.keySet());
        ids.sort((a, b) -> score.get(b).equals(score.get(a)) ? a.compareTo(b) : Double.compare(score.get(b), score.get(a)));
        return ids;
    }

    private static List<String> ids(List<ScoredCandidate> ranked) {
        List<String> ids = new ArrayList<>();
        for (ScoredCandidate c : ranked) {
            if (!ids.contains(c.candidate().entry().id())) {
                ids.add(c.candidate().entry().id());
            }
        }
        return ids;
    }

    private static int rank(List<String> ids, String expect) {
        int at = ids.indexOf(expect);
        return at < 0 ? 1000 : at + 1;
    }
}
