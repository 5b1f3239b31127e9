package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.faqbot.cli.KbSource;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.testing.CountingEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cascade's words stage on the shipped Benefits FAQ, vectors, word vectors and fusion: questions it is
 * sure of cost no encode, and so do questions the cheap stages find nothing near; the others still get the encoder,
 * and while the encoder is not there it decides alone. The questions are written here, not taken from the evaluation or fitting cases.
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
    void anEnglishQuestionItIsNotSureOfStillGetsTheEncoder() {
        CountingEncoder counting = new CountingEncoder(encoder);
        FaqIndex index = index(Optional.of(counting));

        index.search("Where do I switch a perk on?", Lang.EN);

        assertEquals(1, counting.calls());
    }

    @Test
    void aDutchQuestionItIsNotSureOfStillGetsTheEncoder() {
        CountingEncoder counting = new CountingEncoder(encoder);
        FaqIndex index = index(Optional.of(counting));

        index.search("Waar zet ik een voordeel aan?", Lang.NL);

        assertTrue(counting.calls() >= 1, "the encoder did not run");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Which colour of paint goes with a blue sofa?|EN",
            "What temperature should the oven be for roasting a chicken?|EN",
            "Welke kleur verf past bij een blauwe bank?|NL",
            "Welke temperatuur moet de oven hebben voor een kip?|NL"})
    void aQuestionTheCheapStagesFindNothingNearCostsNoEncodeAndGetsWhatTheEncoderWouldSay(String question, Lang lang) {
        CountingEncoder counting = new CountingEncoder(encoder);
        FusionModel shipped = FusionModel.shipped(kb.size());
        FusionModel alwaysEncoding = new FusionModel(shipped.features(), shipped.weights(), shipped.threshold(), shipped.lexicalOnly(),
                shipped.model(), shipped.fittedOn(), shipped.entries(),
                new FusionModel.WordsStage(shipped.words().weights(), shipped.words().threshold(), shipped.words().sure()),
                shipped.nearFrom(), shipped.nearByWordsFrom(), shipped.suggestionFloor());
        FaqIndex encoding = FaqIndex.hybrid(kb, SearchSettings.defaults().scaledTo(kb.size()),
                new FaqIndex.Dense(() -> Optional.of(encoder), DutchGlosses.standard(), alwaysEncoding));

        SearchResult cheap = index(Optional.of(counting)).search(question, lang);
        SearchResult full = encoding.search(question, lang);

        assertEquals(0, counting.calls(), "the encoder ran");
        // Neither answers nor has anything worth suggesting: the encoder only moves a chance near zero.
        for (SearchResult result : List.of(cheap, full)) {
            assertEquals(Optional.empty(), result.answer(), result::toString);
            assertFalse(result.near(), result::toString);
            assertTrue(result.top().map(Hit::confidence).orElse(0.0) < result.suggestionFloor(), result::toString);
        }
    }

    @Test
    void theCorpusModelAlwaysAsksTheEncoderWhenItsCheapStagesAreUnsure() {
        // Among thousands of entries every candidate's chance by the word vectors is small, and questions read that low
        // still got answers and suggestions from the encoder.
        assertNull(FusionModel.shipped(2_793).words().hopeless());
        assertFalse(FusionModel.shipped(2_793).words().hopeless(0.0));
        assertTrue(FusionModel.shipped(kb.size()).words().hopeless(0.0));
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
