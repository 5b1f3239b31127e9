package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** Dutch inflections the Snowball stemmer leaves apart are stemmed like their infinitive, when that is a known stem. */
class DutchInflectionFilterTest {

    private static final Set<String> KNOWN = Set.of("verleng", "betal", "activer", "goedkeur", "inwissel", "wissel", "download",
            "mak", "licentie", "installer", "delen");

    private static List<String> stems(String text) {
        FaqAnalyzer words = FaqAnalyzer.forWords(Lang.NL, WordLists.stopWords(), KNOWN);
        return List.copyOf(Analysis.terms(words, text));
    }

    @Test
    void participlesWithGeAreStemmedAsTheirInfinitive() {
        assertEquals(List.of("activer", "download", "installer", "mak"), stems("geactiveerd gedownload geïnstalleerd gemaakt"));
    }

    @Test
    void participlesAfterASeparableParticleKeepIt() {
        assertEquals(List.of("goedkeur", "inwissel"), stems("goedgekeurd ingewisseld"));
    }

    @Test
    void participlesWithoutGeAfterAnUnstressedPrefix() {
        assertEquals(List.of("verleng", "betal"), stems("verlengd betaald"));
    }

    @Test
    void participlesUsedAsAdjectives() {
        assertEquals(List.of("goedkeur", "claim"), stems("goedgekeurde claim"));
    }

    @Test
    void thirdPersonAndPluralsAsBefore() {
        assertEquals(List.of("verleng", "betal", "licentie"), stems("verlengt betaalt licenties"));
    }

    @Test
    void wordsWhoseBaseFormIsUnknownStayAsTheyAre() {
        assertEquals(List.of("kind", "bestand", "gebied", "tijd"), stems("kind bestand gebied tijd"));
    }
}
