package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKeys;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * The knowledge base's sections and their questions, for browsing with /topics. Only sections that
 * hold questions are listed, in source order, at most {@link #MAX_SECTIONS}.
 */
final class Topics {

    static final int MAX_SECTIONS = 12;
    private static final int MAX_QUESTIONS = 12;

    /** A section: its heading, a short key for buttons, and its questions. */
    record Section(String key, Bilingual heading, List<FaqEntry> questions) {
    }

    private final Map<String, Section> sections = new LinkedHashMap<>();

    Topics(KnowledgeBase kb) {
        Map<String, List<FaqEntry>> grouped = new LinkedHashMap<>();
        Map<String, Bilingual> headings = new LinkedHashMap<>();
        for (FaqEntry entry : kb.entries()) {
            if (entry.kind() != EntryKind.QA) {
                continue;
            }
            Bilingual heading = entry.sectionPath().isEmpty() ? entry.pageTitle() : entry.sectionPath().get(entry.sectionPath().size() - 1);
            String key = EntryKeys.of(entry.page() + "|" + heading.en() + "|" + heading.nl());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            headings.putIfAbsent(key, heading);
        }
        grouped.entrySet().stream().limit(MAX_SECTIONS).forEach(e -> sections.put(e.getKey(),
                new Section(e.getKey(), headings.get(e.getKey()), e.getValue().stream().limit(MAX_QUESTIONS).toList())));
    }

    List<Choice> sectionChoices(Lang lang) {
        return sections.values().stream().map(s -> new Choice(s.heading().get(lang), "/topics " + s.key())).toList();
    }

    Optional<Section> section(String key) {
        return Optional.ofNullable(sections.get(key));
    }

    List<Choice> questionChoices(Section section, Lang lang) {
        return section.questions().stream().map(e -> FaqResponder.faqChoice(e.id(), e.question().get(lang))).toList();
    }
}
