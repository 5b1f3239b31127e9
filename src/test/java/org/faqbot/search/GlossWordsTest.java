package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossWordsTest {

    @Test
    void wordsAreLowerCaseWithoutDiacritics() {
        assertEquals(List.of("een", "mpn", "licentie"), GlossWords.words("Één MPN-Licentie!"));
    }

    @Test
    void numbersAndHexadecimalIdsAreNotWords() {
        assertEquals(List.of("office365", "op", "id"), GlossWords.words("Office365 op 12-03-2021, id 4ba4d580-42b0-a27358dd5405"));
    }

    @Test
    void singleLettersAreNotWords() {
        assertEquals(List.of("key"), GlossWords.words("m'n key, s.v.p."));
    }

    @Test
    void compoundIsFollowedByItsParts() {
        var splitter = GlossWords.splitter(List.of("licentie", "sleutel", "kopen"));

        List<String> words = GlossWords.withParts(List.of("licentiesleutel", "kopen"), splitter);

        assertEquals(List.of("licentiesleutel", "licentie", "sleutel", "kopen"), words);
    }

    @Test
    void stopWordsAreNoCompoundParts() {
        var splitter = GlossWords.splitter(List.of("zonder", "licentie"));

        List<String> words = GlossWords.withParts(List.of("zonderlicentie"), splitter);

        assertEquals(List.of("zonderlicentie"), words);
    }
}
