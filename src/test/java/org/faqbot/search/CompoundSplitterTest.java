package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
