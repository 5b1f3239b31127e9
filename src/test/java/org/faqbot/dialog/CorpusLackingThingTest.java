package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against the whole corpus a question about another docs topic that shares the Benefits FAQ's general words ("download",
 * "Partner Center") is not answered by the FAQ's download entry when its specific word ("invoice", "factuur") is on none
 * of that entry's texts but on other pages: the billing pages are the suggestions. The FAQ's own question still gets it.
 */
class CorpusLackingThingTest {

    private static final String INSTALL = "benefits-faq#q-i-cant-install-the-software-i-downloaded-from-partner-center-how-do-i-get-help";

    private static FaqAssistant corpus;

    @BeforeAll
    static void build() throws IOException {
        corpus = FaqAssistant.create(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), Stores.inMemory(),
                TestClock.at("2026-12-07"));
    }

    private static Reply ask(String chat, String lang, String question) {
        return corpus.reply(new IncomingMessage(chat, chat, question, Lang.fromCode(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a|en|how do i download last month's invoices from partner center",
        "b|nl|hoe download ik onze facturen uit partner center?"})
    void anInvoiceDownloadGetsTheBillingPagesNotTheSoftwareDownload(String chat, String lang, String question) {
        Reply reply = ask(chat, lang, question);

        assertNotEquals(Optional.of(INSTALL), reply.faqId(), reply.text());
        assertTrue(reply.suggestions().stream().noneMatch(s -> s.entryId().equals(INSTALL)), reply.text());
        assertTrue(reply.faqId().filter(id -> id.contains("invoice")).isPresent()
                || reply.suggestions().stream().anyMatch(s -> s.entryId().contains("invoice")), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c|en|the software I downloaded from partner center won't install, who helps me?",
        "d|nl|installeren van een download uit het partnercentrum mislukt steeds, bij wie kan ik terecht?"})
    void theSoftwareDownloadItselfIsStillAnswered(String chat, String lang, String question) {
        assertEquals(Optional.of(INSTALL), ask(chat, lang, question).faqId());
    }

    /** A rarer word of the question's own that other pages use ("timing") does not take the FAQ's entry away. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e|en|quick one: whats the timing on renewing our membership",
        "f|nl|welke timing geldt er voor het verlengen van het lidmaatschap?"})
    void aParaphraseWithAWordOfItsOwnKeepsTheFaqsAnswer(String chat, String lang, String question) {
        assertEquals(Optional.of("benefits-faq#q-when-can-i-renew-my-membership"), ask(chat, lang, question).faqId());
    }
}
