package org.faqbot.search;

import java.util.List;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;

/**
 * Entries that say nothing but who may do what: a page's title section whose whole answer is its "Appropriate roles"
 * line ("Credit limit enforcement (CLE)": "Billing admin"). Their heading names the page's topic, so a question that
 * asks what that topic is matches them best of all, at full confidence, and got a list of roles for an answer. Such an entry stands for its page: its hit shows the page's next section that says something (the
 * overview, "Your credit limit and how it works"), at the confidence the heading earned. The entry stays in the index,
 * since its heading's words (the page's name) are often nowhere else on the page. 23 of the corpus's 2,793 entries.
 */
final class StandIns {

    /** The roles line as ingest writes it from the docs' front matter, in the English answer every entry has. */
    private static final Pattern ROLES_LINE = Pattern.compile("(?m)^\\*\\*Appropriate roles\\*\\*:?.*$");

    private StandIns() {
    }

    /** Whether {@code entry}'s answer is its roles line and nothing else. */
    static boolean saysNothing(FaqEntry entry) {
        return ROLES_LINE.matcher(entry.answer().en()).replaceAll("").isBlank();
    }

    /**
     * For each document whose entry says nothing, the next entry of its page in {@code entries}' order that says something;
     * null for every other document (and for one whose page has nothing after it).
     */
    static FaqEntry[] byDoc(FaqEntry[] entryByDoc, List<FaqEntry> entries) {
        FaqEntry[] standIn = new FaqEntry[entryByDoc.length];
        java.util.Map<String, Integer> ordinal = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ordinal.putIfAbsent(entries.get(i).id(), i);
        }
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            FaqEntry entry = entryByDoc[doc];
            if (entry == null || !saysNothing(entry)) {
                continue;
            }
            for (int next = ordinal.get(entry.id()) + 1; next < entries.size() && entries.get(next).page().equals(entry.page()); next++) {
                if (!saysNothing(entries.get(next))) {
                    standIn[doc] = entries.get(next);
                    break;
                }
            }
        }
        return standIn;
    }
}
