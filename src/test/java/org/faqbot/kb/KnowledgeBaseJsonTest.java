package org.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a knowledge-base file picks up the vector file beside it. */
class KnowledgeBaseJsonTest {

    @TempDir
    Path dir;

    private final KnowledgeBase kb = KnowledgeBase.of(List.of(TestEntries.qa("a", "How do I renew?", "Sign in.")));

    @Test
    void readsTheVectorsBesideTheKnowledgeBase() throws IOException {
        Path file = dir.resolve("kb.json");
        KnowledgeBaseJson.write(kb, file);
        VectorFile.write(new EntryVectors("m 1", 2, Map.of("page#a", TestEntries.item("ha", 2, 5))), VectorFile.besides(file));

        KnowledgeBase read = KnowledgeBaseJson.read(file);

        EntryVectors vectors = read.vectors().orElseThrow();
        assertEquals("m 1", vectors.model());
        assertArrayEquals(TestEntries.item("ha", 2, 5).vectors(), vectors.get("page#a").orElseThrow().vectors());
    }

    @Test
    void knowledgeBaseWithoutVectorFileHasNoVectors() throws IOException {
        Path file = dir.resolve("kb.json");
        KnowledgeBaseJson.write(kb, file);

        KnowledgeBase read = KnowledgeBaseJson.read(file);

        assertTrue(read.vectors().isEmpty());
        assertEquals(kb.entries(), read.entries());
    }
}
