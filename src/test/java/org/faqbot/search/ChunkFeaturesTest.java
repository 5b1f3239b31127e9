package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * The answer chunks in the search: a question about one part of a long passage is closer to that part's
 * chunk than to the whole passage, and an entry stored without chunks counts its whole cosine instead.
 */
class ChunkFeaturesTest {

    private static final String TAX = "A payout is held while the tax profile of the account is incomplete or has expired.";

    private static final FaqEntry PAYOUTS = entry("payouts#overview", EntryKind.PASSAGE, "Payout overview", String.join(" ",
            "Invoices are issued every month in the billing currency that the partner chose when enrolling in the program.",
            "Bank accounts are verified before the first transfer can happen, which takes up to ten business days.",
            TAX,
            "Reports show the earnings by program, by month and by customer for every offer that was sold.",
            "Support requests about payments go through the help and support page of the dashboard."));
    private static final FaqEntry REFUNDS = entry("refunds#when", EntryKind.QA, "When are refunds paid?",
            "Refunds are paid with the next monthly payment.");

    private static FaqEntry entry(String id, EntryKind kind, String question, String answer) {
        String page = id.substring(0, id.indexOf('#'));
        return new FaqEntry(id, kind, page, Bilingual.of("Uitbetalingen", "Payouts"), List.of(), Bilingual.of(question, question),
                Bilingual.of(answer, answer), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    private static FaqIndex index(KnowledgeBase kb) {
        FusionModel shipped = FusionModel.shipped(10);
        FusionModel model = new FusionModel(shipped.features(), shipped.weights(), shipped.threshold(), shipped.lexicalOnly(),
                BagOfWordsEncoder.MODEL, "test", 10);
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(new BagOfWordsEncoder()), QueryGloss.NONE, model);
        return FaqIndex.hybrid(kb, SearchSettings.defaults(), dense);
    }

    private static double[] featuresOf(FaqIndex index, String question, String id) {
        return index.evidence(question, Lang.EN).stream().filter(e -> e.candidate().entry().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not a candidate")).features();
    }

    @Test
    void aQuestionAboutOnePartOfALongPassageIsCloserToThatPartsChunk() {
        assertEquals(3, EntryTexts.chunks(PAYOUTS).size(), "the passage is cut into three chunks");
        FaqIndex index = index(KnowledgeBase.of(List.of(PAYOUTS, REFUNDS)));

        double[] x = featuresOf(index, "why is my payout held, is the tax profile of my account incomplete?", PAYOUTS.id());

        double cos = x[Features.NAMES.indexOf("cos")];
        double chunk = x[Features.NAMES.indexOf("chunk")];
        assertTrue(chunk > cos + 0.5, "best chunk " + chunk + " against the whole passage " + cos + " (both centred and times 10)");
        assertEquals(1, x[Features.NAMES.indexOf("chunk_first")]);
    }

    @Test
    void anEntryStoredWithoutChunksCountsItsWholeCosine() {
        Map<String, EntryVectors.Item> withoutChunks = new java.util.HashMap<>();
        for (FaqEntry entry : List.of(PAYOUTS, REFUNDS)) {
            float[][] vectors = EntryTexts.of(entry).stream().map(BagOfWordsEncoder::encode).toArray(float[][]::new);
            withoutChunks.put(entry.id(), new EntryVectors.Item(EntryTexts.hash(BagOfWordsEncoder.MODEL, entry), vectors));
        }
        KnowledgeBase kb = KnowledgeBase.of(List.of(PAYOUTS, REFUNDS))
                .withVectors(new EntryVectors(BagOfWordsEncoder.MODEL, BagOfWordsEncoder.DIMENSIONS, withoutChunks));

        double[] x = featuresOf(index(kb), "why is my payout held, is the tax profile of my account incomplete?", PAYOUTS.id());

        assertEquals(x[Features.NAMES.indexOf("cos")], x[Features.NAMES.indexOf("chunk")], 1e-12);
    }

    @Test
    void anEntryOfAHomePageIsMarkedHome() {
        FaqEntry home = entry("benefits-faq#renew", EntryKind.QA, "How do I renew my payout benefits?", "Renew the membership first.");
        FaqIndex index = index(KnowledgeBase.of(List.of(PAYOUTS, REFUNDS, home)));

        assertEquals(1, featuresOf(index, "renew payout benefits", home.id())[Features.NAMES.indexOf("home")]);
        assertEquals(0, featuresOf(index, "renew payout benefits", PAYOUTS.id())[Features.NAMES.indexOf("home")]);
    }
}
