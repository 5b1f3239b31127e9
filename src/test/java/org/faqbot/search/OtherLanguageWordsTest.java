package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * A Dutch question in English terms: one entry's Dutch text kept the terms untranslated, another's translated them. The
 * question says nothing about which it means, so neither is the better answer by its words or by its meaning.
 */
class OtherLanguageWordsTest {

    private static final String QUESTION = "wat is rapid ledger sync?";

    private static FaqEntry entry(String id, String en, String nl) {
        String page = id.substring(0, id.indexOf('#'));
        return new FaqEntry(id, EntryKind.QA, page, Bilingual.of(page, page), List.of(), new Bilingual(nl, en),
                Bilingual.of("Zie de pagina.", "See the page."), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            entry("limits#kept", "Is the monthly limit enforced for Rapid Ledger Sync?", "Wordt de maandlimiet afgedwongen voor Rapid Ledger Sync?"),
            entry("sync#translated", "What is Rapid Ledger Sync?", "Wat is de snelle grootboeksynchronisatie?"),
            entry("payouts#schedule", "When is the payout schedule published?", "Wanneer wordt het uitbetalingsschema gepubliceerd?")));

    private static FaqIndex hybrid() {
        FusionModel shipped = FusionModel.shipped(10);
        // Above 1: the encoder reads every question.
        FusionModel model = new FusionModel(shipped.features(), shipped.weights(), shipped.threshold(), 1.1, BagOfWordsEncoder.MODEL,
                "test", KB.size(), null, null);
        return FaqIndex.hybrid(KB, SearchSettings.defaults(), new FaqIndex.Dense(() -> Optional.of(new BagOfWordsEncoder()), QueryGloss.NONE, model));
    }

    @Test
    void englishTermsFoundInTheEnglishTextCountAsFullyAsInTheDutch() {
        Map<String, Double> confidence = FaqIndex.build(KB, SearchSettings.defaults()).candidates(QUESTION, Lang.NL).stream()
                .collect(Collectors.toMap(c -> c.candidate().entry().id(), ScoredCandidate::confidence));

        assertEquals(confidence.get("limits#kept"), confidence.get("sync#translated"), 1e-9);
    }

    @Test
    void aDutchQuestionInEnglishTermsIsComparedByMeaningAsEnglish() {
        int cos = Features.NAMES.indexOf("cos");

        Map<String, double[]> features = hybrid().evidence(QUESTION, Lang.NL).stream()
                .collect(Collectors.toMap(e -> e.candidate().entry().id(), DenseSide.Evidence::features, (a, b) -> a));

        // Against the English texts "What is Rapid Ledger Sync?" is the question repeated; against the Dutch ones the
        // entry that kept the English words would be the closer.
        assertTrue(features.get("sync#translated")[cos] > features.get("limits#kept")[cos],
                features.get("sync#translated")[cos] + " vs " + features.get("limits#kept")[cos]);
    }
}
