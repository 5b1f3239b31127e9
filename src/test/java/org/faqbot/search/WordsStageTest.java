package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.faqbot.cli.KbSource;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.testing.CountingEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cascade's words stage on the shipped Benefits FAQ, vectors, word vectors and fusion: questions it is
 * sure of cost no encode, the others still get the encoder, and while the encoder is not there it decides
 * alone. The questions are written here, not taken from the evaluation or fitting cases.
 */
class WordsStageTest {

    private static final String LICENSE_ON_CUSTOMER = "benefits-faq#q-can-i-activate-the-license-on-my-customers-account";
    private static final String KEY_EXPIRY = "benefits-faq#q-what-does-benefit-expiry-date-mean";

    private static BertEncoder encoder;
    private static KnowledgeBase kb;
    @BeforeAll
    static void load() throws IOException {
        encoder = BertEncoder.load(1);
        kb = KbSource.standard();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static FaqIndex index(Optional<TextEncoder> encoder) {
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> encoder, DutchGlosses.standard(), FusionModel.shipped(kb.size()));
        return FaqIndex.hybrid(kb, SearchSettings.defaults().scaledTo(kb.size()), dense);
    }

    @Test
    void theShippedModelHasAWordsStageAndBothLanguagesHaveWordVectors() {
        FusionModel model = FusionModel.shipped(kb.size());

        assertNotNull(model.words(), "fusion.json has no words stage: refit with 'faqbot fit'");
        assertTrue(model.words().sure() >= model.words().threshold() && model.words().sure() <= 1, () -> model.words().toString());
        for (Lang lang : Lang.values()) {
            WordVectors vectors = WordVectors.standard(lang);
            assertNotNull(vectors, lang + " word vectors are not shipped");
            assertEquals(lang, vectors.lang());
            assertEquals(model.model(), vectors.model());
        }
    }

    @Test
    void aQuestionTheWordsStageIsSureOfCostsNoEncode() {
        CountingEncoder counting = new CountingEncoder(encoder);
        FaqIndex index = index(Optional.of(counting));

        SearchResult result = index.search("until when can i still redeem the product keys of my benefits before they expire?", Lang.EN);

        assertEquals(Optional.of(KEY_EXPIRY), result.answer().map(hit -> hit.entry().id()), () -> result.toString());
        assertEquals(0, counting.calls(), "the encoder ran");
    }

    @Test
    void aQuestionTheWordsStageIsSureOfDoesNotWaitForTheEncoder() {
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> {
            throw new AssertionError("the search asked for the encoder (ask would wait for it to load)");
        }, DutchGlosses.standard(), FusionModel.shipped(kb.size()));
        FaqIndex index = FaqIndex.hybrid(kb, SearchSettings.defaults().scaledTo(kb.size()), dense);

        SearchResult result = index.search("until when can i still redeem the product keys of my benefits before they expire?", Lang.EN);

        assertEquals(Optional.of(KEY_EXPIRY), result.answer().map(hit -> hit.entry().id()), () -> result.toString());
    }

    @Test
    void aQuestionItIsNotSureOfStillGetsTheEncoder() {
        CountingEncoder counting = new CountingEncoder(encoder);
        FaqIndex index = index(Optional.of(counting));

        SearchResult result = index.search("What temperature should the oven be for roasting a chicken?", Lang.EN);

        assertEquals(1, counting.calls());
        assertEquals(Optional.empty(), result.answer(), () -> result.toString());
    }

    @Test
    void withoutTheEncoderTheWordsStageDecidesAlone() {
        FaqIndex index = index(Optional.empty());

        SearchResult dutch = index.search("Mag een afnemer onze demo-exemplaren op zijn eigen machines draaien?", Lang.NL);
        SearchResult offTopic = index.search("What temperature should the oven be for roasting a chicken?", Lang.EN);

        assertEquals(Optional.of(LICENSE_ON_CUSTOMER), dutch.top().map(hit -> hit.entry().id()), "first by meaning, without a shared word");
        assertEquals(FusionModel.shipped(kb.size()).words().threshold(), dutch.threshold(), 1e-9);
        assertEquals(Optional.empty(), offTopic.answer(), () -> offTopic.toString());
    }
}
