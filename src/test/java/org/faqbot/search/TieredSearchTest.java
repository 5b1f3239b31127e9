package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * The home page's own tier in a knowledge base of many pages: a question that no other page answers gets
 * the home page's answer, judged by the home page's model; another page's confident answer stands; the
 * question is encoded once for both tiers. The models here differ only in their thresholds, so that each
 * tier's decision is the one under test.
 */
class TieredSearchTest {

    private static final String HOME = "benefits-faq";
    private static final FaqEntry RENEW = entry(HOME + "#renew", "How do I renew my benefits?",
            "Renew them in Partner Center within the renewal window.");
    private static final FaqEntry KEYS = entry(HOME + "#keys", "How long can I use a product key?",
            "A product key can be used for a year after you redeem it.");
    private static final FaqEntry RENEW_AGAIN = entry("membership-news#renew", "How do I renew my benefits?",
            "Renew them in Partner Center within the renewal window.");
    private static final FaqEntry PAYOUTS = entry("payouts#held", "Why is a payout held?",
            "A payout is held while the tax profile of the account is incomplete.");
    private static final KnowledgeBase CORPUS = KnowledgeBase.of(List.of(RENEW, KEYS, RENEW_AGAIN, PAYOUTS));

    private static FaqEntry entry(String id, String question, String answer) {
        String page = id.substring(0, id.indexOf('#'));
        return new FaqEntry(id, EntryKind.QA, page, Bilingual.of(page, page), List.of(), Bilingual.of(question, question),
                Bilingual.of(answer, answer), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    /** The shipped Benefits FAQ's weights with {@code threshold}; never sure from the words alone, so the encoder decides. */
    private static FusionModel model(double threshold, int entries) {
        FusionModel shipped = FusionModel.shipped(10);
        return new FusionModel(shipped.features(), shipped.weights(), threshold, 2, BagOfWordsEncoder.MODEL, "test", entries);
    }

    private static FaqIndex tiered(KnowledgeBase kb, BagOfWordsEncoder encoder, double wholeThreshold) {
        FusionModel home = model(0.01, 2);
        FusionModel whole = model(wholeThreshold, kb.size());
        IntFunction<FusionModel> modelFor = size -> size == 2 ? home : whole;
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), QueryGloss.NONE, whole);
        return FaqIndex.tiered(kb, SearchSettings.defaults(), dense, modelFor);
    }

    @Test
    void aQuestionNoOtherPageAnswersGetsTheHomePagesAnswer() {
        FaqIndex index = tiered(CORPUS, new BagOfWordsEncoder(), 0.99);

        SearchResult result = index.search("how can I renew our benefits?", Lang.EN);

        Hit answer = result.answer().orElseThrow(() -> new AssertionError("no answer: " + result));
        assertEquals(RENEW.id(), answer.entry().id());
        assertEquals(0.01, result.threshold(), 1e-12, "the home tier's model decides");
        assertEquals(List.of(RENEW_AGAIN.id()), answer.alsoIn().stream().map(FaqEntry::id).toList(),
                "the same question on another page is linked, as the whole knowledge base found it");
        assertTrue(result.hits().stream().anyMatch(hit -> hit.entry().id().equals(PAYOUTS.id())),
                "the other pages' entries stay as suggestions: " + result.hits());
    }

    @Test
    void anotherPagesConfidentAnswerStands() {
        FaqIndex index = tiered(CORPUS, new BagOfWordsEncoder(), 0.01);

        SearchResult result = index.search("why is my payout held?", Lang.EN);

        assertEquals(PAYOUTS.id(), result.answer().orElseThrow().entry().id());
    }

    @Test
    void withoutAnAnswerFromEitherTierTheWholeKnowledgeBaseSuggests() {
        FusionModel never = model(0.99, 2);
        FusionModel whole = model(0.99, CORPUS.size());
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), QueryGloss.NONE, whole);
        FaqIndex index = FaqIndex.tiered(CORPUS, SearchSettings.defaults(), dense, size -> size == 2 ? never : whole);
        String question = "will it rain in Utrecht tomorrow?";

        SearchResult result = index.search(question, Lang.EN);

        assertTrue(result.answer().isEmpty(), result.toString());
        assertEquals(FaqIndex.hybrid(CORPUS, SearchSettings.defaults().scaledTo(CORPUS.size()), dense).search(question, Lang.EN),
                result);
    }

    @Test
    void aHomePageAnswerTheWholeSearchIsSureOfWithoutTheEncoderStands() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        FusionModel shipped = FusionModel.shipped(10);
        FusionModel lexicalSure = new FusionModel(shipped.features(), shipped.weights(), 0.5, 0.01, BagOfWordsEncoder.MODEL, "test",
                CORPUS.size());
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), QueryGloss.NONE, lexicalSure);
        FaqIndex index = FaqIndex.tiered(CORPUS, SearchSettings.defaults(), dense, size -> size == 2 ? model(0.01, 2) : lexicalSure);
        int before = encoder.queries();

        SearchResult result = index.search("how do I renew my benefits?", Lang.EN);

        assertEquals(RENEW.page(), result.answer().orElseThrow().entry().page());
        assertEquals(0, encoder.queries() - before, "neither tier ran the encoder");
        assertEquals(FaqIndex.hybrid(CORPUS, SearchSettings.defaults().scaledTo(CORPUS.size()), dense)
                .search("how do I renew my benefits?", Lang.EN), result);
    }

    @Test
    void aHomeAnswerTheWholeSearchRanksNowhereGivesWayToAnotherPagesTopic() {
        FaqEntry activation = entry(HOME + "#activation", "How does software activation work in Partner Center?",
                "Activate the software from the benefits workspace in Partner Center.");
        List<FaqEntry> entries = new java.util.ArrayList<>(List.of(RENEW, KEYS, activation));
        for (String ask : List.of("How do I set up two-step sign-in for my users?", "Which users need two-step sign-in?",
                "Can a user skip two-step sign-in?", "What does two-step sign-in cost?", "How do I test two-step sign-in?",
                "Why does two-step sign-in block my app?")) {
            entries.add(entry("sign-in-security#" + entries.size(), ask, "Two-step sign-in asks every user for a second proof."));
        }
        KnowledgeBase corpus = KnowledgeBase.of(entries);
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        FusionModel home = model(0.01, 3);
        FusionModel whole = model(0.99, corpus.size());
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), QueryGloss.NONE, whole);
        FaqIndex index = FaqIndex.tiered(corpus, SearchSettings.defaults(), dense, size -> size == 3 ? home : whole);

        SearchResult result = index.search("how do we turn on two-step sign-in for every user of our Partner Center account?", Lang.EN);

        assertTrue(result.answer().isEmpty(), "no home-page answer: " + result);
        assertTrue(result.hits().get(0).entry().page().equals("sign-in-security"), "the other page's entries are the suggestions: " + result);
        assertTrue(result.hits().get(0).confidence() >= result.suggestionFloor(), result.toString());
        assertTrue(index.search("how does the activation of our software work?", Lang.EN).answer().map(h -> h.entry().id())
                .filter(activation.id()::equals).isPresent(), "a question the whole search also ranks it for keeps the home answer");
    }

    /**
     * A home answer the whole search ranks, but far below another page's first hit, gives way too, in either language: the
     * home pages' model sees only their own entries, so the nearest of them may pass its threshold on its lead alone.
     */
    @Test
    void aHomeAnswerTheWholeSearchRanksFarBelowAnotherPageGivesWay() {
        for (Lang lang : Lang.values()) {
            boolean dutch = lang == Lang.NL;
            FaqEntry bulk = entry(HOME + "#bulk", dutch ? "Problemen met het toewijzen van gebruikers in Azure-tegoed?" : "Trouble assigning the users of a customer in Azure credit?",
                    dutch ? "Neem contact op met de ondersteuning voor het tegoed." : "Contact support for the credit.");
            List<FaqEntry> entries = new java.util.ArrayList<>(List.of(RENEW, KEYS, bulk));
            String[] asks = dutch
                    ? new String[] {"Regels voor het bestand met gebruikers van een klant", "Unieke e-mailadressen in het bestand met gebruikers",
                        "Het bestand met gebruikers uploaden", "Velden van het bestand met gebruikers"}
                    : new String[] {"Rules for the file of a customer's users", "Unique email addresses in the file of users",
                        "Upload the file of users", "Fields of the file of users"};
            for (String ask : asks) {
                entries.add(entry("customer-user-file#" + entries.size(), ask, ask + "."));
            }
            KnowledgeBase corpus = KnowledgeBase.of(entries);
            BagOfWordsEncoder encoder = new BagOfWordsEncoder();
            FusionModel whole = model(0.99, corpus.size());
            FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), QueryGloss.NONE, whole);
            FaqIndex index = FaqIndex.tiered(corpus, SearchSettings.defaults(), dense, size -> size == 3 ? model(0.01, 3) : whole);
            String question = dutch ? "welke regels gelden voor het bestand met de unieke e-mailadressen van de gebruikers van een klant?"
                    : "which rules hold for the file with the unique email addresses of a customer's users?";

            SearchResult result = index.search(question, lang);

            assertTrue(result.answer().isEmpty(), lang + ": no home-page answer: " + result);
            assertEquals("customer-user-file", result.hits().get(0).entry().page(), lang + ": " + result);
            Hit homeHit = result.hits().stream().filter(h -> h.entry().id().equals(bulk.id())).findFirst()
                    .orElseThrow(() -> new AssertionError(lang + ": the whole search ranks the home entry: " + result));
            assertTrue(homeHit.confidence() * HomeTier.FAR_BELOW < result.hits().get(0).confidence(), lang + ": " + result);
        }
    }

    @Test
    void theQuestionIsEncodedOnceForBothTiers() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        FaqIndex index = tiered(CORPUS, encoder, 0.99);
        int before = encoder.queries();

        index.search("how can I renew our benefits?", Lang.EN);

        assertEquals(1, encoder.queries() - before);
    }

    @Test
    void aKnowledgeBaseOfTheHomePageAloneIsOneTier() {
        KnowledgeBase home = KnowledgeBase.of(List.of(RENEW, KEYS));
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        FusionModel model = model(0.5, 2);
        FaqIndex.Dense dense = new FaqIndex.Dense(() -> Optional.of(encoder), QueryGloss.NONE, model);

        SearchResult tiered = FaqIndex.tiered(home, SearchSettings.defaults(), dense, size -> model).search("renew benefits", Lang.EN);
        SearchResult single = FaqIndex.hybrid(home, SearchSettings.defaults().scaledTo(2), dense).search("renew benefits", Lang.EN);

        assertEquals(single, tiered);
    }
}
