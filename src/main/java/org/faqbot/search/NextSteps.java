package org.faqbot.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;

/**
 * A page's closing "Next steps" section that only points to other pages: the docs' template ends a page with it ("For
 * information about ... | Read this", "Learn more about [...]"), and it repeats those pages' titles. Ingest leaves out the
 * ones that are a bare list of links; 48 of the corpus's entries remain that say no more than a few words besides their
 * links and tables of links. None answers a question about its page's topic, yet by meaning they are close to one (they
 * name the topic and its neighbours): "how do I pay the fee for our silver competency" had the fee page's "Next steps"
 * first by cosine, so the section that answers lost its lead and got 0.26. Such a section is no candidate of either side
 * of the search. It stays in the index, so the words' statistics and the nearest-neighbour graph are the whole knowledge
 * base's (taken out of the index, the approximate nearest-neighbour search found other entries, and an unrelated
 * question was answered). A "Next steps" with something to say ("if the problem persists after the outage, submit a
 * service request"; where the credit's calculations are) is still searched, and so is an announcement's own, under its
 * announcement's heading.
 */
final class NextSteps {

    private static final Set<String> HEADINGS = Set.of("next steps", "next step");
    /** At most this many words of its own besides links: "Learn more about [...], their benefits, and unique requirements". */
    static final int MAX_OWN_WORDS = 14;
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern TABLE_RULE = Pattern.compile("[|:\\-\\s]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private NextSteps() {
    }

    /** For each document, whether its entry {@link #onlyPointsOn}; false for a document without an entry. */
    static boolean[] byDoc(FaqEntry[] entryByDoc) {
        boolean[] pointers = new boolean[entryByDoc.length];
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            pointers[doc] = entryByDoc[doc] != null && onlyPointsOn(entryByDoc[doc]);
        }
        return pointers;
    }

    /** Whether {@code entry} is a page's closing "Next steps", at the page's top level, that only points elsewhere. */
    static boolean onlyPointsOn(FaqEntry entry) {
        return entry.sectionPath().isEmpty() && HEADINGS.contains(entry.question().en().strip().toLowerCase(Locale.ROOT))
                && ownWords(entry.answer().en()) <= MAX_OWN_WORDS;
    }

    /** The words of {@code answer} outside its links, its table rows with a link and its tables' rules. */
    static int ownWords(String answer) {
        int words = 0;
        for (String line : answer.split("\n")) {
            String row = line.strip();
            boolean pointerRow = row.startsWith("|") && (LINK.matcher(row).find() || TABLE_RULE.matcher(row).matches());
            if (!pointerRow) {
                Matcher word = WORD.matcher(LINK.matcher(row).replaceAll(" "));
                while (word.find()) {
                    words++;
                }
            }
        }
        return words;
    }
}
