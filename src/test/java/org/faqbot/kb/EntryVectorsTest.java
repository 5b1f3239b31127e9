package org.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryVectorsTest {

    private static final KnowledgeBase TWO = KnowledgeBase.of(List.of(
            TestEntries.qa("a", "How do I renew?", "Sign in."), TestEntries.qa("b", "When does it expire?", "In a year.")));

    @Test
    void vectorOfWrongLengthIsRefusedNamingTheEntry() {
        float[][] vectors = {new float[4], new float[4], new float[3], new float[4]};
        Map<String, EntryVectors.Item> items = Map.of("page#short", new EntryVectors.Item("h", vectors));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EntryVectors("m", 4, items));

        assertEquals("entry 'page#short' has a vector of 3 values, expected 4", e.getMessage());
    }

    @Test
    void itemWithoutOneVectorPerFieldIsRefused() {
        float[][] three = {new float[4], new float[4], new float[4]};

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EntryVectors.Item("h", three));

        assertEquals("an entry needs 4 vectors, got 3", e.getMessage());
    }

    @Test
    void coversKnowledgeBaseWhenEveryEntryHasVectors() {
        EntryVectors vectors = new EntryVectors("m", 2, Map.of(
                "page#a", TestEntries.item("ha", 2, 0), "page#b", TestEntries.item("hb", 2, 0), "page#gone", TestEntries.item("hg", 2, 0)));

        assertTrue(vectors.covers(TWO));
    }

    @Test
    void doesNotCoverKnowledgeBaseWhenAnEntryLacksVectors() {
        EntryVectors vectors = new EntryVectors("m", 2, Map.of("page#a", TestEntries.item("ha", 2, 0)));

        assertFalse(vectors.covers(TWO));
    }
}
