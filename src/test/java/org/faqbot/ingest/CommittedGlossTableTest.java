package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.faqbot.ingest.Ingest;
import org.junit.jupiter.api.Test;

/** The gloss table committed in faq-data must be what training on its sources gives today. */
class CommittedGlossTableTest {

    private static final Path COMMITTED = Path.of("faq-data/gloss-nl-en.tsv");
    private static final Path SOURCES = Path.of("faq-data/kb-source");

    @Test
    void glossTableIsTheTrainingOnAllSources() throws IOException {
        List<String> failures = new ArrayList<>();
        GlossTraining fresh = GlossTrainer.train(Ingest.plainPairs(List.of(SOURCES), failures::add),
                GlossTrainer.Settings.DEFAULT);
        StringWriter expected = new StringWriter();
        fresh.table().write(expected, List.of());

        String actual = Files.readAllLines(COMMITTED).stream().filter(line -> !line.startsWith("#"))
                .map(line -> line + "\n").collect(Collectors.joining());

        assertEquals(List.of(), failures);
        assertTrue(expected.toString().equals(actual), COMMITTED + " is out of date with " + SOURCES
                + "; regenerate it with: ./mvnw -B -q package -DskipTests && java -jar target/faqbot.jar train-gloss");
    }
}
