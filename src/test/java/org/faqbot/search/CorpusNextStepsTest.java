package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against the whole corpus, with the encoder: a question about a page's topic is not offered the page's closing "Next
 * steps" that only points to other pages (they were among the suggestions, and by cosine ahead of the section that
 * answers); a "Next steps" that says what to do still is.
 */
class CorpusNextStepsTest {

    private static FaqIndex corpus;

    @BeforeAll
    static void buildIndex() throws IOException {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json"));
        corpus = TuningAids.index(kb);
    }

    private static List<String> hits(String question, String lang) {
        return corpus.search(question, Lang.fromCode(lang).orElseThrow()).hits().stream().map(hit -> hit.entry().id()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|how do i pay the fee for our silver competency|mpn-pay-fee-silver-gold-competency",
        "nl|we willen onze klanten van pay-as-you-go naar het azure plan brengen, waar begin ik|azure-plan-lp"})
    void aQuestionAboutThePagesTopicIsNotOfferedItsClosingPointers(String lang, String question, String page) {
        List<String> ids = hits(question, lang);

        assertTrue(ids.stream().noneMatch(id -> id.equals(page + "#next-steps")), ids.toString());
        assertEquals(page, ids.get(0).substring(0, ids.get(0).indexOf('#')), ids.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|the outage is over but my customer still has the problem, what now|check-service-health#next-steps",
        "nl|waar vind ik voorbeelden van de berekening van partner earned credit|partner-earned-credit-explanation#next-steps"})
    void aNextStepWithSomethingToSayIsStillFound(String lang, String question, String entry) {
        List<String> ids = hits(question, lang);

        assertTrue(ids.stream().limit(3).anyMatch(entry::equals), ids.toString());
    }
}
