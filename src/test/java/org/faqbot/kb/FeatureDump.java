package org.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.faqbot.nlu.LanguageDetector;

/** A calibration aid, not a test: one CSV line of confidence evidence per case and candidate (top 3). */
public final class FeatureDump {

    private FeatureDump() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase kb;
        try (var in = FeatureDump.class.getResourceAsStream("/faq-data/kb.json")) {
            kb = KnowledgeBaseJson.read(in, "kb.json");
        }
        FaqIndex index = FaqIndex.build(kb, SearchSettings.defaults());
        LanguageDetector detector = LanguageDetector.create().withVocabulary(Map.of(
                Lang.NL, KbVocabulary.words(kb, Lang.NL), Lang.EN, KbVocabulary.words(kb, Lang.EN)));
        ObjectMapper mapper = new ObjectMapper();
        System.out.println("id,lang,kind,rank,right,conf,cov,qcov,matched,bm25,passage,total,mk,mu");
        for (String file : List.of("src/test/resources/eval/dev-cases.jsonl", "src/test/resources/eval/holdout-cases.jsonl")) {
            for (String line : Files.readAllLines(Path.of(file))) {
                JsonNode c = mapper.readTree(line);
                String kind = c.get("kind").asText();
                if (!kind.equals("faq") && !kind.equals("ood")) {
                    continue;
                }
                String q = c.get("q").asText();
                String expect = c.get("expect").isNull() ? "" : c.get("expect").asText();
                Lang lang = detector.detect(q, Optional.empty());
                List<ScoredCandidate> cands = index.candidates(q, lang);
                for (int r = 0; r < cands.size(); r++) {
                    Candidate d = cands.get(r).candidate();
                    double total = d.coverage() > 0 ? d.matchedWeight() / d.coverage() : 0;
                    System.out.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%.4f,%.4f,%.4f%n", c.get("id").asText(),
                            c.get("lang").asText(), kind, r, d.entry().id().equals(expect) ? 1 : 0, cands.get(r).confidence(),
                            d.coverage(), d.questionCoverage(), d.matchedWeight(), d.score(), d.entry().kind() == EntryKind.QA ? 0 : 1, total, d.missedKnown(), d.missedUnknown());
                }
            }
        }
    }
}
