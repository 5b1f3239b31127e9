package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dutch as partners chat it, read as the docs write it: chat spellings of function words ("mn", "ff") are no topic,
 * a plural in 's is its word ("collega's"), everyday IT words the docs do not use ("tweestapsverificatie",
 * "aanzetten") are their synonyms the docs do use, and a verb split from its particle gets the English synonyms of
 * the whole verb, as an English question's verb would.
 */
class DutchChatWordsTest {

    private static Analysis analysis;
    private static FaqIndex corpus;

    @BeforeAll
    static void build() throws IOException {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json"));
        analysis = Analysis.of(kb, SearchSettings.defaults(), Set.of());
        corpus = FaqIndex.build(kb, SearchSettings.defaults());
    }

    private static Set<String> queryTerms(String text, Lang lang) {
        return Analysis.terms(analysis.query().get(lang), text);
    }

    private static List<String> firstThree(String question, Lang lang) {
        return corpus.search(question, lang).hits().stream().limit(3).map(hit -> hit.entry().id()).toList();
    }

    @Test
    void chatSpellingsOfFunctionWordsAreNoContentWords() {
        Set<String> terms = queryTerms("kan ik mn licentie ff verlengen voor zn team", Lang.NL);
        assertFalse(terms.contains("mn") || terms.contains("ff") || terms.contains("zn"), terms.toString());
        assertTrue(terms.contains("licentie"), terms.toString());
    }

    @Test
    void aDutchPluralInApostropheSIsItsWord() {
        Set<String> terms = queryTerms("de rechten van mijn collega's aanpassen", Lang.NL);
        assertTrue(terms.contains("collega"), terms.toString());
        assertFalse(terms.contains("collega'"), terms.toString());
    }

    @Test
    void anEnglishPossessiveStillLosesItsApostropheS() {
        assertTrue(queryTerms("where is my customer's invoice", Lang.EN).contains("customer"));
    }

    @Test
    void dutchNamesOfMultiFactorAuthenticationAreTheDocsMfa() {
        assertTrue(queryTerms("tweestapsverificatie", Lang.NL).contains("mfa"));
        assertTrue(queryTerms("2fa", Lang.NL).contains("mfa"));
        assertTrue(queryTerms("tweestapsverificatie", Lang.EN).contains("mfa"));
    }

    @Test
    void aanzettenAndUitzettenAreTheDocsInschakelenAndUitschakelen() {
        assertTrue(queryTerms("aanzetten", Lang.NL).contains("inschakel"), queryTerms("aanzetten", Lang.NL).toString());
        assertTrue(queryTerms("uitzetten", Lang.NL).contains("uitschakel"), queryTerms("uitzetten", Lang.NL).toString());
        assertTrue(queryTerms("aanzetten", Lang.EN).contains("enable"));
        // Turning a benefit on is activating it.
        assertTrue(queryTerms("aanzetten", Lang.NL).contains("activer"), queryTerms("aanzetten", Lang.NL).toString());
    }

    @Test
    void aSplitVerbGetsTheEnglishSynonymsOfTheWholeVerb() throws IOException {
        String words = corpus.explainWords("hoe nodig ik mijn klant uit voor een resellerrelatie", Lang.NL);
        assertTrue(words.contains("EN={") && words.substring(words.indexOf("nodig")).contains("invite=SYNONYM"), words);
        String assign = corpus.explainWords("wijs ik de licentie toe aan mijn collega", Lang.NL);
        assertTrue(assign.contains("assign=SYNONYM"), assign);
    }

    @Test
    void aDutchQuestionAboutTwoStepVerificationFindsTheMfaEntries() {
        List<String> on = firstThree("we willen tweestapsverificatie aanzetten voor iedereen in ons team", Lang.NL);
        assertTrue(on.get(0).contains("mfa"), on.toString());
        List<String> off = firstThree("kan ik 2fa uitzetten voor een serviceaccount", Lang.NL);
        assertTrue(off.get(0).contains("mfa"), off.toString());
    }

    @Test
    void anEnglishQuestionAbout2faFindsTheMfaEntries() {
        List<String> ids = firstThree("can i turn off 2fa for a service account", Lang.EN);
        assertTrue(ids.get(0).contains("mfa"), ids.toString());
    }

    /** The weight the lexical side gives the word shown as {@code word} in {@code explained}. */
    private static double weightOf(String explained, String word) {
        String line = explained.lines().filter(l -> l.strip().matches("[0-9.]+\\??\\s+" + word + "\\{.*")).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not in " + explained));
        return Double.parseDouble(line.strip().split("[?\\s]")[0]);
    }

    @Test
    void aJoinedVerbWeighsAboutAsTheSameVerbInEnglish() throws IOException {
        double dutch = weightOf(corpus.explainWords("hoe nodig ik een collega uit voor ons partneraccount", Lang.NL), "nodig");
        double english = weightOf(corpus.explainWords("how do i invite a colleague to our partner account", Lang.EN), "invite");
        // "nodig" alone (needed) is a light word: 1.4 against the English verb's 4.7.
        assertTrue(dutch > 0.75 * english, dutch + " against " + english);
    }
}

