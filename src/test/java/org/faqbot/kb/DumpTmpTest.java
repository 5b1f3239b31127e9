package org.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpTmpTest {
    @Test
    void dump() throws Exception {
        KnowledgeBase kb;
        try (InputStream in = getClass().getResourceAsStream("/faq-data/kb.json")) {
            kb = KnowledgeBaseJson.read(in, "kb.json");
        }
        long t0 = System.nanoTime();
        FaqIndex index = FaqIndex.build(kb, SearchSettings.defaults());
        StringBuilder out = new StringBuilder("build ms " + (System.nanoTime() - t0) / 1e6 + "\n");
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/dev-cases.jsonl"))) {
            JsonNode c = mapper.readTree(line);
            String kind = c.get("kind").asText();
            if (!kind.equals("faq") && !kind.equals("ood")) continue;
            Lang lang = Lang.fromCode(c.get("lang").asText()).orElseThrow();
            StringBuilder trace = new StringBuilder();
            List<ScoredCandidate> cands = index.candidates(c.get("q").asText(), lang, trace);
            String expect = c.get("expect").isNull() ? "-" : c.get("expect").asText().substring(15, 35);
            out.append(String.format("%s %s %s exp=%-20s | %s%n", c.get("id").asText(), kind, lang, expect, c.get("q").asText()));
            out.append(trace);
            for (int i = 0; i < Math.min(3, cands.size()); i++) {
                ScoredCandidate s = cands.get(i);
                String id = s.candidate().entry().id().substring(15, 35);
                out.append(String.format("     %s %-20s conf=%.3f cov=%.3f rev=%.3f bm=%.2f mass=%.2f%n", id.equals(expect) ? "*" : " ", id, s.confidence(),
                        s.candidate().coverage(), s.candidate().questionCoverage(), s.candidate().score(), s.candidate().matchedWeight()));
                out.append("         credits " + java.util.Arrays.toString(java.util.Arrays.stream(s.candidate().wordCredits()).mapToObj(x -> String.format("%.2f", x)).toArray()) + "\n");
            }
        }
        Files.writeString(Path.of("target/dump.txt"), out);
    }
}
