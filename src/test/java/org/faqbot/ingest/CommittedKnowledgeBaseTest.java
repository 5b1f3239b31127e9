package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.faqbot.kb.KnowledgeBaseJson;
import org.junit.jupiter.api.Test;

/** The knowledge bases committed in faq-data must be what their sources give today. */
class CommittedKnowledgeBaseTest {

    private static final String REGENERATE = "./mvnw -B -q package -DskipTests && java -jar target/faqbot.jar ingest ";

    private static void assertUpToDate(Path committed, IngestReport fresh, String sources) throws IOException {
        byte[] expected = KnowledgeBaseJson.toJson(fresh.knowledgeBase()).getBytes(StandardCharsets.UTF_8);

        byte[] actual = Files.readAllBytes(committed);

        assertTrue(Arrays.equals(expected, actual), committed + " is out of date with " + sources
                + "; regenerate it with: " + REGENERATE + sources + " --out " + committed);
    }

    @Test
    void kbJsonIsTheIngestOfTheBenefitsFaq() throws IOException {
        IngestReport fresh = Ingest.run(List.of(KbSource.BENEFITS_FAQ));

        assertUpToDate(Path.of("faq-data/kb.json"), fresh, "faq-data/kb-source/partner-center/benefits-faq.md");
    }

    @Test
    void kbAllJsonIsTheIngestOfAllSources() throws IOException {
        assertUpToDate(Path.of("faq-data/kb-all.json"), KbSource.corpus(), "faq-data/kb-source");
    }
}
