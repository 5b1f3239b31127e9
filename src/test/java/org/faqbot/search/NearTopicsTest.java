package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * Whether a search calls its question near the knowledge base's topics: from the model's closeness on, by the
 * encoder's reading only, whatever the chance of its candidates (here none answers: the threshold is out of reach).
 */
class NearTopicsTest {

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            entry("benefits-faq#renew", "How do I renew my benefits?", "Hoe verleng ik mijn voordelen?",
                    "Renew them in Partner Center within the renewal window."),
            entry("payouts#held", "Why is a payout held?", "Waarom wordt een uitbetaling vastgehouden?",
                    "A payout is held while the tax profile of the account is incomplete.")));

    /** A threshold no candidate here reaches: the shipped weights make a toy knowledge base's best candidate sure. */
    private static final double UNREACHABLE = 1 - 1e-12;

    private static FaqEntry entry(String id, String en, String nl, String answer) {
        String page = id.substring(0, id.indexOf('#'));
        return new FaqEntry(id, EntryKind.QA, page, Bilingual.of(page, page), List.of(), new Bilingual(nl, en),
                Bilingual.of(answer, answer), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    /** The shipped weights, a threshold no candidate reaches, and {@code nearFrom}; the encoder always runs unless told. */
    private static FaqIndex index(Double nearFrom, double lexicalOnly) {
        FusionModel shipped = FusionModel.shipped(10);
        FusionModel model = new FusionModel(shipped.features(), shipped.weights(), UNREACHABLE, lexicalOnly, BagOfWordsEncoder.MODEL, "test",
                KB.size(), null, nearFrom);
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(new BagOfWordsEncoder()), QueryGloss.NONE, model);
        return FaqIndex.hybrid(KB, SearchSettings.defaults(), dense);
    }

    @Test
    void anEnglishQuestionAsCloseAsTheModelSaysIsNearThoughNothingAnswersIt() {
        SearchResult result = index(0.1, 2).search("renew benefits in partner center", Lang.EN);

        assertTrue(result.answer().isEmpty());
        assertTrue(result.near());
    }

    @Test
    void aDutchQuestionAsCloseAsTheModelSaysIsNear() {
        SearchResult result = index(0.1, 2).search("voordelen verlengen in partner center", Lang.NL);

        assertTrue(result.near());
    }

    @Test
    void aQuestionLessCloseThanTheModelSaysIsNotNear() {
        SearchResult result = index(0.999, 2).search("renew benefits in partner center", Lang.EN);

        assertFalse(result.near());
    }

    @Test
    void aModelWithoutClosenessCallsNothingNear() {
        SearchResult result = index(null, 2).search("renew benefits in partner center", Lang.EN);

        assertFalse(result.near());
    }

    @Test
    void aQuestionTheLexicalSideSettlesWithoutTheEncoderIsNotCalledNear() {
        SearchResult result = index(0.1, 0.01).search("renew benefits in partner center", Lang.EN);

        assertFalse(result.near());
    }
}
