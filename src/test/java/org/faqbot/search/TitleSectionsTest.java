package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.junit.jupiter.api.Test;

/**
 * A page's title section is compared by its question with its answer only: its question is the page's title, which
 * every section's vectors carry, so by its question it was close to every question about the page.
 */
class TitleSectionsTest {

    private static final Bilingual TITLE = Bilingual.of("Een wederverkoper als supportcontact toewijzen",
            "Assign a reseller as support contact");
    private static final FaqEntry INTRO = entry("support-contacts#assign-a-reseller-as-support-contact", EntryKind.PASSAGE,
            Bilingual.of("Een wederverkoper als supportcontact toewijzen", "Assign a Reseller as Support Contact "));
    private static final FaqEntry STEPS = entry("support-contacts#assign-contacts", EntryKind.PASSAGE,
            Bilingual.of("Contactpersonen toewijzen", "Assign contacts"));
    private static final FaqEntry QUESTION = entry("support-contacts#q", EntryKind.QA, TITLE);

    private static FaqEntry entry(String id, EntryKind kind, Bilingual question) {
        return new FaqEntry(id, kind, "support-contacts", TITLE, List.of(), question, Bilingual.of("tekst", "text"),
                Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    @Test
    void aPassageUnderThePagesOwnTitleIsItsTitleSection() {
        assertTrue(TitleSections.isTitle(INTRO), "case and spaces aside, the heading is the page's title");
        assertFalse(TitleSections.isTitle(STEPS));
        assertFalse(TitleSections.isTitle(QUESTION), "a question that repeats the title is a question of its own");
        boolean[] byDoc = TitleSections.byDoc(new FaqEntry[] {INTRO, null, STEPS});
        assertTrue(byDoc[0]);
        assertFalse(byDoc[1]);
        assertFalse(byDoc[2]);
    }

    @Test
    void aTitleSectionIsCloseByWhatItSaysNotByItsHeading() {
        // The question matches the heading (the page's title) exactly and the text with the answer half as well.
        float[] heading = {1, 0, 0};
        float[] withAnswer = {0.5f, 0.866f, 0};
        float[][] views = {heading, withAnswer, heading, withAnswer};
        EntryVectors.Item[] items = {new EntryVectors.Item("a", views), new EntryVectors.Item("b", views)};
        DocVectors vectors = new DocVectors(items, new boolean[] {true, false});
        float[] asked = {1, 0, 0};
        DenseSide.QueryVectors english = new DenseSide.QueryVectors(asked, null, null, true, "how do I pick a reseller as support contact");
        DenseSide.QueryVectors dutch = new DenseSide.QueryVectors(asked, asked, null, false, "how make I another reseller support contact");

        assertEquals(0.5, vectors.cosine(0, english), 1e-6);
        assertEquals(1.0, vectors.cosine(1, english), 1e-6, "another section keeps the closer of its two texts");
        assertEquals(0.5, vectors.cosine(0, dutch), 1e-6);
        assertEquals(1.0, vectors.cosine(1, dutch), 1e-6);
    }

    @Test
    void aMessageThatOnlyNamesATopicStillMatchesThePagesTitle() {
        float[][] views = {{1, 0, 0}, {0.5f, 0.866f, 0}, {1, 0, 0}, {0.5f, 0.866f, 0}};
        DocVectors vectors = new DocVectors(new EntryVectors.Item[] {new EntryVectors.Item("a", views)}, new boolean[] {true});
        float[] named = {1, 0, 0};

        assertEquals(1.0, vectors.cosine(0, new DenseSide.QueryVectors(named, null, null, true, "support contacts")), 1e-6);
        assertEquals(1.0, vectors.cosine(0, new DenseSide.QueryVectors(named, named, null, false, "support contacts")), 1e-6,
                "'supportcontacten', read as its gloss");
    }
}
