package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueMatcherTest {

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource(delimiter = '|', value = {
        "our benifits end soon|benefit|EN",
        "when do our benfits end|benefit|EN",
        "can I still redem it|redeem|EN",
        "we assinged it to Ann|assigned|EN",
        "wanneer moet ik de sleutle inwisselen|sleutel|NL",
        "mag ik het abonement houden|abonnement|NL",
        "hoe lang kan ik inwiselen|inwissel|NL"})
    void aLongCueMisspeltByOneLetterIsFoundNear(String text, String cue, Lang lang) {
        assertTrue(CueMatcher.containsAnyNear(Normalized.of(text), List.of(cue), lang));
        assertFalse(CueMatcher.contains(Normalized.of(text), cue, lang));
    }

    @ParameterizedTest(name = "{0} does not hold {1}")
    @CsvSource(delimiter = '|', value = {
        "the code is valud|valid|EN",
        "I was unable to log in|usable|EN",
        "ik ben mijn laptop verloren|verlopen|NL",
        "dat duurt drie weken|werken|NL",
        "he was leading the team|leaving|EN",
        "zie het voorbeeld|voordeel|NL",
        "the express delivery|expire|EN"})
    void shortCuesAndRealWordsAreNotTakenForTypos(String text, String cue, Lang lang) {
        assertFalse(CueMatcher.containsAnyNear(Normalized.of(text), List.of(cue), lang));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mag ik het abonnement opnieuw aan een collega toewijzen|true",
        "opnieuw? nee, toewijzen|false",
        "toewijzen en dan opnieuw|false"})
    void aCueWithAGapHoldsItsPartsInOrderWithinAClause(String text, boolean found) {
        assertEquals(found, CueMatcher.contains(Normalized.of(text), "opnieuw … toewijz", Lang.NL));
    }

    @Test
    void aCueWithAGapSpansFromItsFirstPartToItsLast() {
        String text = Normalized.of("kan ik hem opnieuw aan Piet toewijzen?");

        List<int[]> spans = CueMatcher.spans(text, "opnieuw … toewijz", Lang.NL);

        assertEquals(1, spans.size());
        assertArrayEquals(new int[] {text.indexOf("opnieuw"), text.indexOf("toewijz") + "toewijz".length()}, spans.get(0));
    }
}
