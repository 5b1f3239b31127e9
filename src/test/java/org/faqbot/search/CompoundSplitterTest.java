package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

    private static final CompoundSplitter SPLITTER = new CompoundSplitter(Map.of(
            "gebruiker", "gebruiker", "toewijzing", "toewijz", "licentie", "licentie", "sleutel", "sleutel",
            "inschrijving", "inschrijv", "periode", "period", "delen", "del", "verval", "verval", "datum", "datum"));

    @Test
    void splitsAtLinkingS() {
        assertEquals(Optional.of(List.of("gebruiker", "toewijz")), SPLITTER.split("gebruikerstoewijzing"));
        assertEquals(Optional.of(List.of("inschrijv", "period")), SPLITTER.split("inschrijvingsperiode"));
    }

    @Test
    void splitsWithoutLinkingMorpheme() {
        assertEquals(Optional.of(List.of("licentie", "sleutel")), SPLITTER.split("licentiesleutel"));
        assertEquals(Optional.of(List.of("verval", "datum")), SPLITTER.split("vervaldatum"));
    }

    @Test
    void leavesWordsThatAreNotCoveredWhole() {
        assertEquals(Optional.empty(), SPLITTER.split("voordelen"));
    }

    @Test
    void leavesShortWords() {
        assertEquals(Optional.empty(), SPLITTER.split("datum"));
    }

    @Test
    void splitsIntoThreePartsWithTheFewestParts() {
        CompoundSplitter splitter = new CompoundSplitter(Map.of("licentie", "licentie", "sleutel", "sleutel", "beheer", "beheer",
                "sleutelbeheer", "sleutelbeheer", "beheerder", "beheerder"));

        assertEquals(Optional.of(List.of("licentie", "sleutelbeheer")), splitter.split("licentiesleutelbeheer"));
        assertEquals(Optional.of(List.of("licentie", "sleutel", "beheerder")), splitter.split("licentiesleutelbeheerder"));
    }

    @Test
    void prefersTheLongestFirstPartAmongCoversOfAsFewParts() {
        CompoundSplitter splitter = new CompoundSplitter(Map.of("abcd", "abcd", "abcde", "abcde", "efgh", "efgh", "fghi", "fghi",
                "ijkl", "ijkl", "efghi", "efghi"));

        assertEquals(Optional.of(List.of("abcde", "fghi")), splitter.split("abcdefghi"));
    }

    @Test
    void aHundredThousandLetterWordIsSplitInLinearTime() {
        // Before, every start of the word tried every end: a word this long took half a minute.
        String letters = "licentie".repeat(12_500);
        String noise = "q".repeat(100_000);

        long started = System.nanoTime();
        Optional<List<String>> parts = SPLITTER.split(letters);
        Optional<List<String>> none = SPLITTER.split(noise);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(12_500, parts.orElseThrow().size());
        assertEquals(Optional.empty(), none);
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }
}
