package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;
import org.faqbot.search.GlossWords;
import org.faqbot.search.KbVocabulary;

/**
 * Finds the sections that say the same thing under the same question all over the docs, which ingest
 * then leaves out. The announcement pages end most announcements with "Questions?" ("Vragen?") and a
 * line such as "For any further questions about these offers, check your relevant Yammer communities."
 * A heading is generic when both hold:
 * <ul>
 *   <li>it (case, accents and punctuation aside, so "Questions" counts with "Questions?") is the question
 *       of at least {@value #MIN_QUESTIONS} Q&amp;As: a template heading rather than a question about a
 *       topic; and</li>
 *   <li>at least half of its sections have an answer near the same as another of them: their English
 *       content words (stop words and link targets aside) overlap by at least {@value #NEAR_SAME}
 *       (Jaccard).</li>
 * </ul>
 * Every section under a generic heading is left out, also the few that say something of their own (a
 * named contact, e-mail addresses per region): they too say whom to ask about their announcement, and
 * with the rest gone those few "Questions?" Q&amp;As matched messages with "question" or "vraag" in them
 * more strongly (in a trial that kept them, a Dutch chat question about what a customer "vraagt" went
 * from no answer to a 2020 announcement's "Questions?"). Recurring passage headings ("Next steps",
 * "Impacted audience") are not questions and are left alone: their text is about their own section.
 *
 * <p>Generic sections are dropped rather than merged into one entry:
 * <ul>
 *   <li>each answer points back at its announcement ("these offers", "this notification") and says
 *       nothing on its own, so none can stand for the rest, and one written for them all would be our
 *       text, not the docs';</li>
 *   <li>merged is what they already were: the search takes Q&amp;As with the same question as one hit
 *       (the first in the knowledge base answering), so a merge would keep what competes with the real
 *       answers, a question heading that shares "questions" ("vragen") with many a message;</li>
 *   <li>how to get support is answered by the corpus's own support pages.</li>
 * </ul>
 */
final class GenericSections {

    /**
     * Q&amp;As a heading must head to be a template. "Questions?" heads 70 on 11 pages (14 on one page);
     * no real question of the docs is asked on more than two.
     */
    static final int MIN_QUESTIONS = 10;

    /**
     * Word overlap from which two answers say the same thing. Rewordings of one line ("For [any] [further]
     * questions about these offers, check your relevant [CSP] Yammer communities.") overlap by 0.43 or
     * more, "Questions?" sections that name their own contact or forum by 0.33 at most. 65 of the 73
     * "Questions?" sections have a near-same answer (61 at a bar of 0.5, 68 at 0.3: the heading is generic
     * either way).
     */
    static final double NEAR_SAME = 0.4;

    /** Link targets as {@link LightMarkdown#toPlainText} writes them: their words are not the answer's. */
    private static final Pattern URL = Pattern.compile("(https?://|mailto:)\\S+");

    private static final Set<String> STOP_WORDS = GlossWords.stopWords(Lang.EN);

    /** The entries without the generic ones ({@code kept}) and the generic ones, each in the given order. */
    record Split(List<FaqEntry> kept, List<FaqEntry> generic) {

        Split {
            kept = List.copyOf(kept);
            generic = List.copyOf(generic);
        }
    }

    private GenericSections() {
    }

    /** The entries with the sections of generic headings taken out (see the class comment for the rule). */
    static Split split(List<FaqEntry> entries) {
        Map<String, List<FaqEntry>> byHeading = new LinkedHashMap<>();
        entries.forEach(entry -> byHeading.computeIfAbsent(heading(entry), h -> new ArrayList<>()).add(entry));
        Set<String> generic = new HashSet<>();
        for (List<FaqEntry> sections : byHeading.values()) {
            if (isGeneric(sections)) {
                sections.forEach(entry -> generic.add(entry.id()));
            }
        }
        List<FaqEntry> kept = new ArrayList<>();
        List<FaqEntry> dropped = new ArrayList<>();
        entries.forEach(entry -> (generic.contains(entry.id()) ? dropped : kept).add(entry));
        return new Split(kept, dropped);
    }

    /** Whether the sections of one heading are a template heading's, most of them saying the same. */
    private static boolean isGeneric(List<FaqEntry> sections) {
        long questions = sections.stream().filter(entry -> entry.kind() == EntryKind.QA).count();
        return questions >= MIN_QUESTIONS && 2 * nearSame(sections) >= sections.size();
    }

    /** How many of the sections have an answer near the same as another's. */
    private static int nearSame(List<FaqEntry> sections) {
        List<Set<String>> words = sections.stream().map(GenericSections::answerWords).toList();
        int count = 0;
        for (int i = 0; i < sections.size(); i++) {
            for (int j = 0; j < sections.size(); j++) {
                if (i != j && overlap(words.get(i), words.get(j)) >= NEAR_SAME) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Shared words over all words of the two; 0 when both are empty. */
    static double overlap(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        int all = a.size() + b.size() - common.size();
        return all == 0 ? 0 : (double) common.size() / all;
    }

    /** The heading as the docs wrote it: the English original. */
    private static String heading(FaqEntry entry) {
        String heading = entry.question().en().isBlank() ? entry.question().nl() : entry.question().en();
        return KbVocabulary.fold(heading).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The English answer's words: the Dutch is a machine translation that words one line more variously. */
    private static Set<String> answerWords(FaqEntry entry) {
        String text = URL.matcher(LightMarkdown.toPlainText(entry.answer().en(), Lang.EN)).replaceAll(" ");
        Set<String> words = new HashSet<>(GlossWords.words(text));
        words.removeAll(STOP_WORDS);
        return words;
    }
}
