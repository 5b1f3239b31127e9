package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * A page's closing "Next steps" that only points to other pages is not searched: it repeats the topic's words and
 * answers nothing. One with something to say, and an announcement's own, still are.
 */
class NextStepsTest {

    private static final String TABLE = """
            | **For information about** | **Read this** |
            |---|---|
            | Paying the yearly programme fee | [Pay the yearly programme fee](https://example.org/fee) |
            | Yearly programme fee receipts | [Find your fee receipts](https://example.org/receipts) |""";
    private static final String TABEL = """
            | **Voor informatie over** | **Lees dit** |
            |---|---|
            | De jaarlijkse programmabijdrage betalen | [De jaarlijkse programmabijdrage betalen](https://example.org/fee) |
            | Bonnen van de jaarlijkse programmabijdrage | [Bonnen van de bijdrage vinden](https://example.org/receipts) |""";

    private static final FaqEntry HOW = entry("programme-fee#settle-it", List.of(), "Settle it", "Voldoen",
            "Open Settings, choose Billing and pay the yearly programme fee by card or by bank transfer.",
            "Open Instellingen, kies Facturering en betaal de jaarlijkse programmabijdrage per kaart of per overschrijving.");
    private static final FaqEntry POINTER = entry("programme-fee#next-steps", List.of(), "Next steps", "Volgende stappen", TABLE, TABEL);
    private static final FaqEntry SAYS_SOMETHING = entry("outage-help#next-steps", List.of(), "Next steps", "Volgende stappen",
            "If the trouble stays after the outage has ended, open a service request for the customer and add the incident number "
                    + "from the health page. See [service requests](https://example.org/sr).",
            "Als het probleem blijft nadat de storing voorbij is, open dan een serviceaanvraag voor de klant met het incidentnummer.");
    private static final FaqEntry ANNOUNCED = entry("2031-may#next-steps-2",
            List.of(Bilingual.of("Nieuwe bijdrage", "New fee")), "Next steps", "Volgende stappen",
            "Read [the fee update](https://example.org/fee).", "Lees [de update](https://example.org/fee).");

    private static FaqEntry entry(String id, List<Bilingual> path, String en, String nl, String answerEn, String answerNl) {
        String page = id.substring(0, id.indexOf('#'));
        return new FaqEntry(id, EntryKind.PASSAGE, page, Bilingual.of("Programmabijdrage", "Programme fee"), path,
                Bilingual.of(nl, en), Bilingual.of(answerNl, answerEn), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    @Test
    void aTableOfLinksOrALinkWithAFewWordsSaysNothingOfItsOwn() {
        assertEquals(5, NextSteps.ownWords(TABLE), "the header's words alone");
        assertEquals(3, NextSteps.ownWords("Learn more about [the fee](https://example.org/fee)."));
        assertTrue(NextSteps.onlyPointsOn(POINTER));
        assertFalse(NextSteps.onlyPointsOn(SAYS_SOMETHING), "a next step with something to say is an answer");
        assertFalse(NextSteps.onlyPointsOn(ANNOUNCED), "an announcement's own next steps say what to do about it");
        assertFalse(NextSteps.onlyPointsOn(HOW));
    }

    private static final FaqIndex INDEX = FaqIndex.build(KnowledgeBase.of(List.of(HOW, POINTER, SAYS_SOMETHING, ANNOUNCED)),
            SearchSettings.defaults());

    @Test
    void anEnglishQuestionAboutThePagesTopicNeverGetsItsClosingPointers() {
        assertNoPointer(INDEX.search("how can we pay the yearly programme fee?", Lang.EN));
    }

    @Test
    void aDutchQuestionAboutThePagesTopicNeverGetsItsClosingPointers() {
        assertNoPointer(INDEX.search("hoe betalen we de jaarlijkse programmabijdrage?", Lang.NL));
    }

    @Test
    void aNextStepWithSomethingToSayIsStillFound() {
        FaqIndex index = INDEX;
        assertTrue(index.search("the outage has ended but the trouble stays, what now?", Lang.EN).hits().stream()
                .anyMatch(hit -> hit.entry().id().equals(SAYS_SOMETHING.id())));
        assertTrue(index.search("de storing is voorbij maar het probleem blijft", Lang.NL).hits().stream()
                .anyMatch(hit -> hit.entry().id().equals(SAYS_SOMETHING.id())));
    }

    private static void assertNoPointer(SearchResult result) {
        assertTrue(result.hits().stream().noneMatch(hit -> hit.entry().id().equals(POINTER.id())), result.hits().toString());
        assertEquals(HOW.id(), result.top().orElseThrow().entry().id(), result.hits().toString());
    }
}
