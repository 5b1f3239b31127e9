package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.faqbot.cli.KbSource;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.testing.CountingEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A search reads a question with the cascade's cheap stages once: the search that goes on to the encoder takes the words
 * stage's reading of a Dutch question as its word-vector view, and the whole search of a question searched cheaply first
 * ({@link FaqIndex#search(FaqIndex.CheapResult)}) goes on from what the cheap stages found, with the same result as a
 * search of its own. Counted as the searches ask for the word vectors. Questions worded here, not taken from the
 * evaluation or fitting cases.
 */
class ResumedSearchTest {

    private static KnowledgeBase kb;
    private static CountingEncoder encoder;

    private final AtomicInteger reads = new AtomicInteger();

    @BeforeAll
    static void load() throws IOException {
        kb = KbSource.standard();
        encoder = new CountingEncoder(EncoderLoader.await().orElseThrow());
    }

    private FaqIndex index() {
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), DutchGlosses.standard(), lang -> {
            reads.incrementAndGet();
            return WordVectors.standard(lang);
        }, FusionModel.shipped(kb.size()));
        return FaqIndex.hybrid(kb, SearchSettings.defaults().scaledTo(kb.size()), dense);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN | Where do I find when our benefits end?",
        "NL | Waar vind ik wanneer onze voordelen eindigen?"})
    void theWholeSearchAfterTheCheapOneDoesNotReadTheQuestionAgain(Lang lang, String question) {
        FaqIndex index = index();
        FaqIndex.CheapResult cheap = index.searchCheaply(question, lang);
        assertFalse(cheap.sure(), () -> cheap.result().toString());
        int readsBefore = reads.get();
        long encodesBefore = encoder.calls();

        SearchResult resumed = index.search(cheap);

        assertEquals(readsBefore, reads.get(), "the cheap stages ran again");
        assertTrue(encoder.calls() > encodesBefore, "the encoder did not run");
        assertEquals(index.search(question, lang), resumed);
    }

    @Test
    void aDutchQuestionsWordVectorViewIsTheWordsStagesReading() {
        FaqIndex index = index();
        int readsBefore = reads.get();
        long encodesBefore = encoder.calls();

        index.search("Waar vind ik wanneer onze voordelen eindigen?", Lang.NL);

        assertTrue(encoder.calls() > encodesBefore, "the encoder did not run");
        assertEquals(readsBefore + 1, reads.get(), "the question was read by the word vectors more than once");
    }
}
