package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The cascade's first stage: the lexical side answers alone only when it is sure of one question. Entries that each hold
 * every word of the question tie, and their order says nothing about which the question is about, so the encoder reads it;
 * so does a question whose every word a longer heading holds, which may ask for something else than the heading says.
 */
class LexicalShortcutTest {

    private static FaqEntry entry(String id, EntryKind kind, String en, String nl, String answer) {
        String page = id.substring(0, id.indexOf('#'));
        return new FaqEntry(id, kind, page, Bilingual.of(page, page), List.of(), new Bilingual(nl, en),
                Bilingual.of(answer, answer), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            entry("quota#daily", EntryKind.QA, "Does the sandbox quota reset daily?", "Wordt het sandboxquotum dagelijks hersteld?",
                    "Yes, at midnight."),
            entry("sandbox#quota", EntryKind.PASSAGE, "Sandbox quota", "Sandboxquotum",
                    "Each tenant gets a sandbox quota of ten environments."),
            entry("payouts#schedule", EntryKind.QA, "When is the payout schedule published?", "Wanneer wordt het uitbetalingsschema gepubliceerd?",
                    "On the first working day of the month."),
            entry("payouts-copy#schedule", EntryKind.QA, "When is the payout schedule published?", "Wanneer wordt het uitbetalingsschema gepubliceerd?",
                    "On the first working day of the month."),
            entry("licences#reseller", EntryKind.PASSAGE, "Hand over a customer's licence bundles to another reseller permanently",
                    "Licentiebundels van een klant blijvend overdragen aan een andere reseller",
                    "The new reseller sends a request, and the customer accepts it in the admin portal.")));

    /** The shipped weights with a lexical shortcut from 0.01: whatever the lexical side is sure of, it answers alone. */
    private static FaqIndex index(BagOfWordsEncoder encoder) {
        FusionModel shipped = FusionModel.shipped(10);
        FusionModel model = new FusionModel(shipped.features(), shipped.weights(), shipped.threshold(), 0.01, BagOfWordsEncoder.MODEL,
                "test", KB.size(), null, null);
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), QueryGloss.NONE, model);
        return FaqIndex.hybrid(KB, SearchSettings.defaults(), dense);
    }

    @Test
    void twoQuestionsThatEachHoldEveryWordGoOnToTheEncoder() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        FaqIndex index = index(encoder);
        List<ScoredCandidate> lexical = index.candidates("sandbox quota", Lang.EN);

        index.search("sandbox quota", Lang.EN);

        assertEquals(lexical.get(0).confidence(), lexical.get(1).confidence(), "the two entries tie lexically");
        assertEquals(1, encoder.queries());
    }

    @Test
    void oneQuestionTheLexicalSideIsSureOfIsAnsweredWithoutTheEncoder() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        SearchResult result = index(encoder).search("does the sandbox quota reset daily", Lang.EN);

        assertEquals("quota#daily", result.top().orElseThrow().entry().id());
        assertEquals(0, encoder.queries());
    }

    @Test
    void aQuestionWhoseWordsALongerHeadingHoldsGoesOnToTheEncoder() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        FaqIndex index = index(encoder);
        String question = "can I hand over licence bundles to a customer";
        List<ScoredCandidate> lexical = index.candidates(question, Lang.EN);

        index.search(question, Lang.EN);

        assertEquals("licences#reseller", lexical.get(0).candidate().entry().id());
        assertTrue(lexical.get(0).confidence() > 0.9, "every word of the question is in the heading: " + lexical.get(0).confidence());
        assertTrue(lexical.get(0).candidate().questionCoverage() < SearchCascade.SURE_HEADING_COVERAGE,
                "the heading says more: " + lexical.get(0).candidate().questionCoverage());
        assertEquals(1, encoder.queries(), "the heading says more than the question asks (another reseller), so the encoder reads it");
    }

    @Test
    void theSameQuestionOnTwoPagesIsNoTie() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();

        SearchResult result = index(encoder).search("payout schedule published", Lang.EN);

        assertTrue(result.answer().isPresent(), result.toString());
        assertEquals(0, encoder.queries());
    }
}
