package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryLabel;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * What the bot says it answers, in a fallback and when it describes itself ({@link SelfDescription}), and the questions
 * it names as examples, taken from the loaded knowledge base.
 *
 * <p>On the home pages alone (the Benefits FAQ) the bot answers questions about MPN benefits, and the examples are
 * the home pages' first questions. A knowledge base with other pages (the whole Partner Center corpus) is the
 * documentation, and its examples are the home pages' first {@value #HOME_EXAMPLES} questions, then the opening
 * question of each other page, the pages with the most Q&amp;As first (ties in knowledge-base order): a page written
 * as questions and answers is where the docs answer questions, and one question a page names as many topics as it
 * can. Questions left over fill up in knowledge-base order. Chosen once per knowledge base, so a knowledge base
 * always gets the same examples, in both languages the same entries.
 */
final class KnownTopics {

    /** The most questions a fallback lists. */
    static final int EXAMPLES = 5;
    /** The most questions offered as buttons: more would bury the reply under them. */
    static final int BUTTONS = 3;
    /** The home pages' questions first among the documentation's examples: the bot is about them first. */
    private static final int HOME_EXAMPLES = 2;

    private final List<FaqEntry> examples;
    private final Coverage coverage;
    private final List<String> homePages;

    KnownTopics(KnowledgeBase kb, List<String> homePages) {
        this.homePages = List.copyOf(homePages);
        List<FaqEntry> questions = kb.entries().stream().filter(e -> e.kind() == EntryKind.QA).toList();
        boolean documentation = kb.entries().stream().anyMatch(e -> !homePages.contains(e.page()));
        this.examples = documentation ? documentationExamples(questions, homePages) : first(questions, EXAMPLES);
        Map<Lang, List<Choice>> choices = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            choices.put(lang, choices(lang, EXAMPLES));
        }
        this.coverage = new Coverage(documentation, choices);
    }

    /**
     * The message key of a text that says what the bot answers: {@code key} itself on the home pages alone ("... about
     * MPN benefits"), {@code key + ".docs"} with other pages ("... from the Partner Center documentation").
     */
    String key(String key) {
        return coverage.key(key);
    }

    /** The same choice and examples for the channels' own texts. */
    Coverage coverage() {
        return coverage;
    }

    /** The pages the bot is about first (the Benefits FAQ); any other page makes the knowledge base documentation. */
    List<String> homePages() {
        return homePages;
    }

    /** Up to {@code max} example questions, best first. */
    List<FaqEntry> examples(int max) {
        return first(examples, max);
    }

    /** Up to {@code max} example questions as buttons in {@code lang}, best first: what the bot can answer. */
    List<Choice> choices(Lang lang, int max) {
        return examples(max).stream().map(e -> FaqResponder.faqChoice(e.id(), EntryLabel.of(e, lang))).toList();
    }

    private static List<FaqEntry> documentationExamples(List<FaqEntry> questions, List<String> homePages) {
        Set<FaqEntry> chosen = new LinkedHashSet<>(first(questions.stream().filter(e -> homePages.contains(e.page())).toList(), HOME_EXAMPLES));
        openingsOfOtherPages(questions, homePages).forEach(chosen::add);
        questions.forEach(chosen::add);
        return first(new ArrayList<>(chosen), EXAMPLES);
    }

    /** The first question of each page that is not a home page, the pages with the most questions first. */
    private static List<FaqEntry> openingsOfOtherPages(List<FaqEntry> questions, List<String> homePages) {
        Map<String, List<FaqEntry>> byPage = new LinkedHashMap<>();
        for (FaqEntry entry : questions) {
            if (!homePages.contains(entry.page())) {
                byPage.computeIfAbsent(entry.page(), p -> new ArrayList<>()).add(entry);
            }
        }
        // A stable sort: pages with as many questions keep their knowledge-base order.
        return byPage.values().stream().sorted(Comparator.comparingInt((List<FaqEntry> page) -> page.size()).reversed())
                .map(page -> page.get(0)).toList();
    }

    private static List<FaqEntry> first(List<FaqEntry> entries, int max) {
        return entries.subList(0, Math.min(max, entries.size()));
    }
}
