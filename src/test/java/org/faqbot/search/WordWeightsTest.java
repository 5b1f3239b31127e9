package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class WordWeightsTest {

    private static final QueryWord.Source[] KNOWN_AS = {QueryWord.Source.WORD, null, QueryWord.Source.COMPOUND_PART,
            QueryWord.Source.FUZZY_ONE_EDIT, QueryWord.Source.FUZZY_TWO_EDITS};
    private static final WordWeights WEIGHTS = new WordWeights(new double[5], new boolean[] {false, true, false, false, false}, KNOWN_AS);

    @Test
    void inEnglishAWordKnownOnlyByPartsOrFarTyposMayNameAThingOfItsOwn() {
        assertArrayEquals(new boolean[] {false, true, true, false, true}, WEIGHTS.strange(Lang.EN));
    }

    /** Dutch writes its compounds whole ("partnerlidmaatschap"): known parts make a known word. */
    @Test
    void inDutchAWordKnownByItsPartsIsKnown() {
        assertArrayEquals(new boolean[] {false, true, false, false, true}, WEIGHTS.strange(Lang.NL));
    }
}
