package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch verb forms that no docs page writes as such, told from the nouns they look like. Sentences are our own. */
class DutchVerbsTest {

    @Test
    void aThirdPersonAndItsInfinitiveAreVerbFormsAndANounInTIsNot() {
        Set<String> words = Set.of("gaat", "gaan", "vraagt", "vragen", "kant", "kanten", "recht", "rechten");

        Set<String> forms = DutchVerbs.verbForms(words);

        assertEquals(Set.of("gaat", "gaan", "vraagt", "vragen"), forms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"opengaat", "dichtgaat", "aanvraagt", "teruggaat", "dicht"})
    void aParticleJoinedToAVerbOfTheDocsOrOnItsOwnIsAVerbForm(String word) {
        assertTrue(DutchVerbs.isVerbForm(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paspoort", "wasmachine", "voorkant", "aanrecht", "opzet", "sportschool"})
    void aNounIsNoVerbFormThoughItStartsWithAParticle(String word) {
        assertFalse(DutchVerbs.isVerbForm(word));
    }

    @Test
    void theLastWordOfASubordinateClauseEndsIt() {
        List<String> words = List.of("ik", "denk", "dat", "het", "portaal", "straks", "dichtging", "kan", "ik", "verlengen");
        boolean[] endsClause = {false, false, false, false, false, false, true, false, false, true};

        boolean[] ending = DutchVerbs.endingClauses(words, endsClause);

        assertArrayEquals(new boolean[] {false, false, false, false, false, false, true, false, false, false}, ending);
    }

    @Test
    void aQuestionWordBeforeItsVerbOpensNoClause() {
        List<String> words = List.of("wanneer", "verloopt", "mijn", "paspoort");
        boolean[] endsClause = {false, false, false, true};

        boolean[] ending = DutchVerbs.endingClauses(words, endsClause);

        assertArrayEquals(new boolean[4], ending);
    }

    @Test
    void anUnfinishedNounPhraseAfterASubordinatorIsNoVerb() {
        List<String> words = List.of("en", "als", "mijn", "paspoort");
        boolean[] endsClause = {false, false, false, true};

        boolean[] ending = DutchVerbs.endingClauses(words, endsClause);

        assertArrayEquals(new boolean[4], ending);
    }
}
