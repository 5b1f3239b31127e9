package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.search.DutchGlosses;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.FusionModel;
import org.faqbot.search.SearchSettings;
import org.faqbot.search.WordVectors;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message of several questions has each question searched by the cheap stages once: the search for questions the FAQ is
 * nowhere near ({@link OutsideQuestions}) and the answers to the further questions ({@link SeveralQuestions}) share the
 * message's searches. Counted as the searches ask for the word vectors: the message and its two questions, one read each.
 * Worded here, not taken from the evaluation cases.
 */
class SeveralQuestionsSearchOnceTest {

    private final AtomicInteger reads = new AtomicInteger();

    private FaqAssistant bot() {
        KnowledgeBase kb = TestAssistants.benefitsFaq();
        FaqIndex.Dense dense = new FaqIndex.Dense(EncoderLoader::await, DutchGlosses.standard(), lang -> {
            reads.incrementAndGet();
            return WordVectors.standard(lang);
        }, FusionModel.shipped(kb.size()));
        AssistantParts standard = AssistantParts.standard(kb, Stores.inMemory(), TestClock.at("2021-06-15"), EncoderLoader::await);
        return FaqAssistant.of(new AssistantParts(kb, FaqIndex.tiered(kb, SearchSettings.defaults(), dense, FusionModel::shipped),
                standard.detector(), standard.dates(), standard.rules(), standard.messages(), standard.stores(), standard.clock(),
                standard.settings()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Where can I see when our benefits run out? And who may use the Azure credit?",
        "Waar zie ik wanneer onze voordelen aflopen? En wie mag het Azure-tegoed gebruiken?"})
    void eachQuestionIsReadOnce(String text) {
        FaqAssistant bot = bot();
        int before = reads.get();

        Reply reply = bot.reply(IncomingMessage.of("once", text));

        assertEquals(Optional.of("benefits-faq#q-what-does-benefit-expiry-date-mean"), reply.faqId(), reply.text());
        assertEquals(1, reply.others().size(), reply.text());
        assertEquals(3, reads.get() - before, reply.text());
    }
}
