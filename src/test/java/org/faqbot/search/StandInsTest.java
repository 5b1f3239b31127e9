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
 * A page's title section that says nothing but its roles stands for the page's next section: a question that repeats the
 * page's name gets that section's answer, not a list of roles.
 */
class StandInsTest {

    private static final FaqEntry TITLE = entry("spending-cap#spending-cap-rules", "Spending cap rules",
            "**Appropriate roles**: Billing admin", "**Juiste rollen:** Factureringsbeheerder");
    private static final FaqEntry HOW = entry("spending-cap#how-the-cap-works", "How the cap works",
            "The cap is the most a partner can spend on new orders in a month before purchases are paused.",
            "Het plafond is het meeste dat een partner per maand aan nieuwe bestellingen kan uitgeven voordat aankopen pauzeren.");
    private static final FaqEntry OTHER = entry("invoices#download", "How do I download an invoice?",
            "**Appropriate roles**: Billing admin\n\nOpen Billing and select the invoice to download it.",
            "**Juiste rollen:** Factureringsbeheerder\n\nOpen Facturering en kies de factuur om hem te downloaden.");

    private static FaqEntry entry(String id, String question, String en, String nl) {
        String page = id.substring(0, id.indexOf('#'));
        return new FaqEntry(id, EntryKind.PASSAGE, page, Bilingual.of(page, page), List.of(), Bilingual.of(question, question),
                Bilingual.of(nl, en), Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    @Test
    void anAnswerOfRolesAloneSaysNothing() {
        assertTrue(StandIns.saysNothing(TITLE));
        assertFalse(StandIns.saysNothing(HOW));
        assertFalse(StandIns.saysNothing(OTHER), "roles before steps: the steps are the answer");
    }

    @Test
    void aQuestionRepeatingThePagesNameGetsItsNextSection() {
        FaqIndex index = FaqIndex.build(KnowledgeBase.of(List.of(TITLE, HOW, OTHER)), SearchSettings.defaults());

        for (Lang lang : Lang.values()) {
            SearchResult result = index.search("what are the spending cap rules?", lang);

            assertEquals(HOW.id(), result.top().orElseThrow().entry().id(), lang + ": " + result.hits());
            assertEquals(1, result.hits().stream().filter(hit -> hit.entry().id().equals(HOW.id())).count(),
                    "the title and the section it stands for are one hit: " + result.hits());
            assertTrue(result.hits().stream().noneMatch(hit -> hit.entry().id().equals(TITLE.id())), result.hits().toString());
        }
    }
}
