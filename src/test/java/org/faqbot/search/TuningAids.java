package org.faqbot.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/** What the search's tuning aids ({@link ClosenessSurvey}, {@link CorpusDiagnose}, {@link FusionExplain}) share. */
final class TuningAids {

    /** One FAQ or out-of-domain case of an evaluation file; {@code expect} is empty for out-of-domain ones. */
    record Case(String id, String question, Lang lang, String expect) {
    }

    private TuningAids() {
    }

    /** The index the bot builds over {@code kb}: tiered over a corpus, hybrid over the Benefits FAQ; the encoder loading. */
    static FaqIndex index(KnowledgeBase kb) {
        FaqIndex.Dense dense = new FaqIndex.Dense(EncoderLoader::await, DutchGlosses.standard(), FusionModel.shipped(kb.size()));
        EncoderLoader.start();
        return kb.size() > 200 ? FaqIndex.tiered(kb, SearchSettings.defaults(), dense, FusionModel::shipped)
                : FaqIndex.hybrid(kb, SearchSettings.defaults(), dense);
    }

    /** The FAQ and out-of-domain cases of an evaluation file (JSON lines), in order. */
    static List<Case> faqAndOodCases(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line);
            String kind = c.path("kind").asText();
            if (kind.equals("faq") || kind.equals("ood")) {
                cases.add(new Case(c.path("id").asText(), c.path("q").asText(),
                        c.path("lang").asText().equals("nl") ? Lang.NL : Lang.EN, c.path("expect").isTextual() ? c.path("expect").asText() : ""));
            }
        }
        return cases;
    }
}
