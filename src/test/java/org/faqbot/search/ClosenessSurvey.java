package org.faqbot.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;

/**
 * A tuning aid, not a test: for a knowledge base and case files, prints per question what the search answers (right,
 * wrong, an out-of-domain question answered, or a fallback), its confidence and the question's closeness by meaning
 * (the best cosine of any candidate), each of its readings where the question is Dutch.
 */
public final class ClosenessSurvey {

    private ClosenessSurvey() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of(args[0]));
        FusionModel model = FusionModel.shipped(kb.size());
        FaqIndex index = TuningAids.index(kb);
        for (int a = 1; a < args.length; a++) {
            for (TuningAids.Case c : TuningAids.faqAndOodCases(Path.of(args[a]))) {
                Lang lang = c.lang();
                String q = c.question();
                String expect = c.expect();
                String key = kb.entries().stream().filter(e -> e.id().equals(expect)).findFirst().map(DuplicateKey::of).orElse("#none");
                SearchResult r = index.search(q, lang);
                Optional<Hit> ans = r.answer();
                String status = ans.isEmpty() ? "fb" : expect.isEmpty() ? "OODANS" : DuplicateKey.of(ans.get().entry()).equals(key) ? "RIGHT" : "WRONG";
                int rank = 0;
                for (int i = 0; i < Math.min(3, r.hits().size()); i++) {
                    if (DuplicateKey.of(r.hits().get(i).entry()).equals(key)) {
                        rank = i + 1;
                        break;
                    }
                }
                List<DenseSide.Evidence> ev = index.evidence(q, lang);
                double close = Features.closeness(ev.stream().map(DenseSide.Evidence::features).toList());
                double top = r.hits().isEmpty() ? 0 : r.hits().get(0).confidence();
                double chunk = ev.stream().mapToDouble(e -> (e.features()[Features.NAMES.indexOf("chunk")] / 10 + 0.8)).max().orElse(-1);
                List<ScoredCandidate> lexical = index.candidates(q, lang);
                String lexTop = lexical.isEmpty() ? "-\t0\t0\t-" : String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%s",
                        DuplicateKey.of(lexical.get(0).candidate().entry()).equals(key) ? "LEXRIGHT" : "LEXWRONG", lexical.get(0).confidence(),
                        lexical.get(0).candidate().questionCoverage(), lexical.size() > 1 ? String.format(Locale.ROOT, "%.3f", lexical.get(1).confidence()) : "0");
                double topP = ev.stream().mapToDouble(e -> model.probability(e.features())).max().orElse(0);
                System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%d\t%s\t%s\t%.3f\t%.3f\t%s%n", Path.of(args[a]).getFileName(), c.id(), lang,
                        expect.isEmpty() ? "ood" : "faq", status, top, close, rank, r.near(), r.hits().isEmpty() ? "-" : r.hits().get(0).entry().id(), chunk, topP, lexTop);
            }
        }
        EncoderLoader.settleBeforeExit();
        System.exit(0);
    }
}
