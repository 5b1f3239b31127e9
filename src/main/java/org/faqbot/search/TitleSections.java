package org.faqbot.search;

import java.util.Locale;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;

/**
 * A page's title section: the passage under the page's own heading, its introduction. Its question is the page's title,
 * and every passage's vectors already carry that title, so by its question alone it is close to any question about the
 * page's topic, the one a sibling section answers too ("who can I pick as a support contact for a customer" had
 * "Assign a reseller as technical support contact" first by its heading, where "Assign contacts" says how). Such a
 * section is compared by its question with its answer only: what it says, not which page it heads.
 */
final class TitleSections {

    private TitleSections() {
    }

    /** For each document, whether its entry is a passage whose heading is its page's title, in English. */
    static boolean[] byDoc(FaqEntry[] entryByDoc) {
        boolean[] titles = new boolean[entryByDoc.length];
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            titles[doc] = entryByDoc[doc] != null && isTitle(entryByDoc[doc]);
        }
        return titles;
    }

    static boolean isTitle(FaqEntry entry) {
        return entry.kind() != EntryKind.QA
                && normal(entry.question().en()).equals(normal(entry.pageTitle().en()));
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
