package org.faqbot.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;

/** A tuning aid, not a test: prints the evidence behind the top candidates of questions given as "nl:text" or "en:text". */
public final class SearchExplain {

    private SearchExplain() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb;
        try (var in = SearchExplain.class.getResourceAsStream("/faq-data/kb.json")) {
            kb = KnowledgeBaseJson.read(in, "kb.json");
        }
        FaqIndex index = FaqIndex.build(kb, SearchSettings.defaults());
        for (String arg : args) {
            Lang lang = arg.startsWith("nl:") ? Lang.NL : Lang.EN;
            String q = arg.substring(3);
            System.out.println("== " + q);
            System.out.println(index.explainWords(q, lang));
            List<ScoredCandidate> top = index.candidates(q, lang);
            for (ScoredCandidate c : top.subList(0, Math.min(3, top.size()))) {
                Candidate d = c.candidate();
                System.out.printf(Locale.ROOT, "  %.3f cov %.3f qcov %.3f matched %.2f bm25 %.2f %s %s%n", c.confidence(), d.coverage(),
                        d.questionCoverage(), d.matchedWeight(), d.score(), d.entry().id().replaceFirst("^[^#]*#q?-?", ""),
                        Arrays.toString(Arrays.stream(d.wordCredits()).map(x -> Math.round(x * 100) / 100.0).toArray()));
            }
        }
    }
}
