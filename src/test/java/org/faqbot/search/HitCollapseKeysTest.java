package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import org.faqbot.cli.KbSource;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * An index's entries have their {@link DuplicateKey} made once, when the index is built: the home tier compares the hits of
 * its two searches by key for every reply. Another index's entry still gets its key.
 */
class HitCollapseKeysTest {

    @Test
    void anIndexedEntrysKeyIsMadeOnceAndIsTheDuplicateKey() throws IOException {
        KnowledgeBase kb = KbSource.standard();
        List<FaqEntry> entries = kb.entries();
        HitCollapse hits = new HitCollapse(entries.subList(0, 3).toArray(FaqEntry[]::new), new FaqEntry[3], SearchSettings.defaults());

        for (FaqEntry entry : entries.subList(0, 3)) {
            assertEquals(DuplicateKey.of(entry), hits.key(entry));
            assertSame(hits.key(entry), hits.key(entry), entry.id());
        }
        assertEquals(DuplicateKey.of(entries.get(3)), hits.key(entries.get(3)));
    }
}
