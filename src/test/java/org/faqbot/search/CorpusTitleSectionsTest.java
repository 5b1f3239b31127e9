package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against the whole corpus, with the encoder: a question a page's specific section answers gets that section, not the
 * page's title section, whose heading (the page's title) every section's vectors carry. Before, the title section led
 * or crowded the right one under the threshold: the Dutch question was answered with the page's introduction (0.69),
 * the English ones fell back with the right section first (0.41, 0.42).
 */
class CorpusTitleSectionsTest {

    private static FaqIndex corpus;

    @BeforeAll
    static void buildIndex() throws IOException {
        corpus = TuningAids.index(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|hoe maak ik een andere reseller technisch contact voor het abonnement van een klant|assign-support-contacts#assign-contacts",
        "en|set a different reseller as the tech support contact on one of my customer's subscriptions|assign-support-contacts#assign-contacts",
        "en|we want to end our reseller relationship with one client, what are the steps|remove-a-relationship#how-to-remove-a-relationship"})
    void theSectionThatSaysHowAnswersNotThePagesIntroduction(String lang, String question, String entry) {
        SearchResult result = corpus.search(question, Lang.fromCode(lang).orElseThrow());

        assertEquals(entry, result.answer().map(hit -> hit.entry().id()).orElse("no answer"), result.hits().toString());
    }
}
