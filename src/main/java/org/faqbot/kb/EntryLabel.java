package org.faqbot.kb;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a "did you mean" suggestion is called: an entry's question, or for a passage its heading after what the
 * heading belongs to. A Q&amp;A's question says what it is about; a passage's heading often does not: the corpus
 * has "Next steps" on 85 pages, "Summary" and "Details" on dozens, and "Verplicht of optioneel" or "Apply filters"
 * mean nothing in a list of suggestions. So a passage is named by its innermost section that says more than a word
 * or two, else its page's title: "Payouts — Next steps", "Changes to CSP customer onboarding requirements — Summary".
 * A heading that already holds that context (a page whose one section repeats its title) stands alone.
 */
public final class EntryLabel {

    /** What stands between the context and the heading. */
    static final String SEPARATOR = " — ";
    /** A section heading of at most this many words ("Details", "Next steps") names no subject of its own. */
    private static final int GENERIC_WORDS = 2;
    /** A label longer than this is cut on a chat button, ... */
    private static final int LONG_LABEL = 80;
    /** ... so a heading of more words than this, which names its own subject, stands alone then. */
    private static final int SPECIFIC_WORDS = 4;
    /** The guide pages' numbering of their questions and sections: "9 - ", "14. ", "2) ". */
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,3}\\s*[-.):]\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s:]+$");

    private EntryLabel() {
    }

    /** The suggestion label of {@code entry} in {@code lang}. */
    public static String of(FaqEntry entry, Lang lang) {
        String heading = clean(entry.question().get(lang));
        if (entry.kind() == EntryKind.QA) {
            return heading;
        }
        String context = context(entry.sectionPath(), entry.pageTitle(), lang);
        if (context.isEmpty() || contains(heading, context) || contains(context, heading) && words(heading) > GENERIC_WORDS) {
            return heading;
        }
        String label = context + SEPARATOR + heading;
        // A long heading names its subject itself; a long page title before it would only push it out of sight on a button.
        return label.length() > LONG_LABEL && words(heading) > SPECIFIC_WORDS ? heading : label;
    }

    /** The innermost section heading that says more than a word or two, else the page's title. */
    private static String context(List<Bilingual> sectionPath, Bilingual pageTitle, Lang lang) {
        for (int i = sectionPath.size() - 1; i >= 0; i--) {
            String section = clean(sectionPath.get(i).get(lang));
            if (words(section) > GENERIC_WORDS) {
                return section;
            }
        }
        return clean(pageTitle.get(lang));
    }

    /** The text without its numbering and its trailing colon: "9 - Samenvatting:" is "Samenvatting". */
    public static String clean(String text) {
        // Each pattern only where it can match: a stripped text ends in a colon (or in the one line end strip keeps, before
        // which $ matches), a number opens it; their scans at every position were run for every suggestion of every reply.
        String strip = text.strip();
        String stripped = strip.endsWith(":") || strip.endsWith("\u0085") ? TRAILING.matcher(strip).replaceAll("") : strip;
        String unnumbered = !stripped.isEmpty() && Character.isDigit(stripped.charAt(0)) ? NUMBERING.matcher(stripped).replaceFirst("")
                : stripped;
        return unnumbered.isBlank() ? stripped : unnumbered;
    }

    private static boolean contains(String text, String part) {
        return !part.isEmpty() && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
