package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * M9 on the whole corpus: a question about another company's name ("AWS") or a word one letter from a docs word
 * ("Steam", "stream") is answered from no near entry: the bot says it does not know.
 */
class CorpusOwnNamesTest {

    private static FaqAssistant corpus;

    @BeforeAll
    static void build() throws IOException {
        corpus = FaqAssistant.create(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), Stores.inMemory(),
                TestClock.at("2026-12-06"));
    }

    /**
     * The English AWS question got another page's refund entry before; the Dutch one and Steam already fell back (kept).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a|en|how can we get a refund from AWS?",
        "b|nl|hoe vraag ik een refund aan bij AWS?",
        "c|en|what is the way to remove Steam from my pc?",
        "d|nl|hoe verwijder ik Steam van mijn laptop?"})
    void anotherCompanysNameIsAnsweredFromNoEntry(String chat, String lang, String question) {
        Reply reply = corpus.reply(new IncomingMessage(chat, chat, question, Lang.fromCode(lang), Optional.empty()));

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertEquals(Optional.empty(), reply.faqId(), reply.text());
    }

    /** Chat shorthand in capitals ("ASAP") names no company: the question keeps its suggestions of the docs' pages. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e|en|How do I download my invoice ASAP?",
        "f|nl|hoe kan ik een factuur downloaden? graag ASAP"})
    void chatShorthandInCapitalsTurnsNoQuestionAway(String chat, String lang, String question) {
        Reply reply = corpus.reply(new IncomingMessage(chat, chat, question, Lang.fromCode(lang), Optional.empty()));

        assertTrue(reply.faqId().isPresent() || !reply.suggestions().isEmpty(), reply.text());
    }
}
