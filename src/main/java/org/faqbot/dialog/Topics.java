package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKeys;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryLabel;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * The knowledge base's topics and their questions, for browsing with /topics, at most {@link #MAX_SECTIONS}; only
 * topics that hold questions are listed.
 *
 * <p>On the home pages alone (the Benefits FAQ) a topic is a section, in source order: the FAQ's own sections name
 * its subjects. With other pages (the whole Partner Center corpus) a topic is a page, named by its title: the
 * documentation's sections are "Details", "FAQs" or "Frequently Asked Questions (FAQs)" on many pages, which say
 * nothing in a list of topics, and a page of one question under its section's heading reads as another subject than
 * the page's. The home pages come first, then the pages with the most questions (ties in knowledge-base order), so
 * that the topics shown are where the documentation answers questions.
 */
final class Topics {

    static final int MAX_SECTIONS = 12;
    private static final int MAX_QUESTIONS = 12;

    /** A topic: its heading, a short key for buttons, and its questions. */
    record Section(String key, Bilingual heading, List<FaqEntry> questions) {
    }

    private final Map<String, Section> sections = new LinkedHashMap<>();

    Topics(KnowledgeBase kb, List<String> homePages) {
        List<FaqEntry> questions = kb.entries().stream().filter(e -> e.kind() == EntryKind.QA).toList();
        boolean documentation = kb.entries().stream().anyMatch(e -> !homePages.contains(e.page()));
        Map<String, List<FaqEntry>> grouped = new LinkedHashMap<>();
        Map<String, Bilingual> headings = new LinkedHashMap<>();
        for (FaqEntry entry : questions) {
            Bilingual heading = documentation || entry.sectionPath().isEmpty() ? entry.pageTitle()
                    : entry.sectionPath().get(entry.sectionPath().size() - 1);
            String key = EntryKeys.of(documentation ? entry.page() : entry.page() + "|" + heading.en() + "|" + heading.nl());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            headings.putIfAbsent(key, heading);
        }
        List<Map.Entry<String, List<FaqEntry>>> ordered = new ArrayList<>(grouped.entrySet());
        if (documentation) {
            // Stable sorts: the home pages first, the rest by their number of questions.
            ordered.sort(Comparator.comparingInt((Map.Entry<String, List<FaqEntry>> e) -> e.getValue().size()).reversed());
            ordered.sort(Comparator.comparing((Map.Entry<String, List<FaqEntry>> e) -> !homePages.contains(e.getValue().get(0).page())));
        }
        ordered.stream().limit(MAX_SECTIONS).forEach(e -> sections.put(e.getKey(),
                new Section(e.getKey(), headings.get(e.getKey()), e.getValue().stream().limit(MAX_QUESTIONS).toList())));
    }

    List<Choice> sectionChoices(Lang lang) {
        return sections.values().stream().map(s -> new Choice(EntryLabel.clean(s.heading().get(lang)), "/topics " + s.key())).toList();
    }

    Optional<Section> section(String key) {
        return Optional.ofNullable(sections.get(key));
    }

    /** The topic's questions as buttons, labelled as suggestions are ({@link EntryLabel}: "8- Er wordt ..." without its numbering). */
    List<Choice> questionChoices(Section section, Lang lang) {
        return section.questions().stream().map(e -> FaqResponder.faqChoice(e.id(), EntryLabel.of(e, lang))).toList();
    }
}
