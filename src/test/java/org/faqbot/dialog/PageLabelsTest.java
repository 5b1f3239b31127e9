package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryLabel;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.SearchSettings;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * Lists of entries (/topics, a fallback's examples, "did you mean" said again in the other language) and an answer's
 * title name a passage by its page and heading, and topics of the documentation by their pages: a heading alone
 * ("Details", "FAQs", "Samenvatting") says nothing.
 */
class PageLabelsTest {

    private static final List<String> HOME = List.of("home");

    private static FaqEntry entry(String page, EntryKind kind, String section, String questionNl, String questionEn) {
        List<Bilingual> sections = section.isEmpty() ? List.of() : List.of(Bilingual.of(section, section));
        return new FaqEntry(page + "#" + questionEn.hashCode(), kind, page, Bilingual.of("Pagina over " + page, "Page about " + page),
                sections, Bilingual.of(questionNl, questionEn), Bilingual.of("Antwoord.", "Answer."),
                Bilingual.of("https://example.org/nl/" + page, "https://example.org/en/" + page));
    }

    /** A home page of two sections, then a page of one question under "Details" and one of three under "FAQs", numbered. */
    private static KnowledgeBase documentation() {
        List<FaqEntry> entries = new ArrayList<>();
        entries.add(entry("home", EntryKind.QA, "Keys", "Hoe lang werkt mijn sleutel?", "How long does my key work?"));
        entries.add(entry("home", EntryKind.QA, "Renewal", "Wanneer verleng ik?", "When do I renew?"));
        entries.add(entry("billing", EntryKind.QA, "Details", "Waar is mijn factuur?", "Where is my invoice?"));
        for (int n = 1; n <= 3; n++) {
            entries.add(entry("payouts", EntryKind.QA, "FAQs", n + "- Waarom is uitbetaling " + n + " laat?", n + " - Why is payout " + n + " late?"));
        }
        entries.add(entry("billing", EntryKind.PASSAGE, "", "Samenvatting", "Summary"));
        return KnowledgeBase.of(entries);
    }

    private static List<String> labels(List<Choice> choices) {
        return choices.stream().map(Choice::label).toList();
    }

    @Test
    void theDocumentationsTopicsArePagesByTitleHomeFirstThenTheFullest() {
        Topics topics = new Topics(documentation(), HOME);

        assertEquals(List.of("Page about home", "Page about payouts", "Page about billing"), labels(topics.sectionChoices(Lang.EN)));
        assertEquals(List.of("Pagina over home", "Pagina over payouts", "Pagina over billing"), labels(topics.sectionChoices(Lang.NL)));
    }

    @Test
    void aTopicsQuestionsLoseTheirNumbering() {
        Topics topics = new Topics(documentation(), HOME);
        String payouts = topics.sectionChoices(Lang.EN).get(1).payload().substring("/topics ".length());

        Topics.Section section = topics.section(payouts).orElseThrow();
        assertEquals("Why is payout 2 late?", labels(topics.questionChoices(section, Lang.EN)).get(1));
        assertEquals("Waarom is uitbetaling 2 laat?", labels(topics.questionChoices(section, Lang.NL)).get(1));
    }

    @Test
    void theHomePagesAloneKeepTheirSectionsAsTopics() {
        KnowledgeBase home = KnowledgeBase.of(documentation().entries().stream().filter(e -> e.page().equals("home")).toList());

        assertEquals(List.of("Keys", "Renewal"), labels(new Topics(home, HOME).sectionChoices(Lang.EN)));
    }

    @Test
    void aFallbacksExamplesAreLabelledLikeSuggestions() {
        List<FaqEntry> entries = documentation().entries().stream().filter(e -> e.page().equals("payouts")).toList();
        KnownTopics known = new KnownTopics(KnowledgeBase.of(entries), HOME);

        assertEquals("Why is payout 1 late?", known.choices(Lang.EN, 1).get(0).label());
        assertEquals("Waarom is uitbetaling 1 laat?", known.choices(Lang.NL, 1).get(0).label());
    }

    @Test
    void anAnsweredPassageIsTitledByItsPageAndHeading() {
        KnowledgeBase kb = documentation();
        FaqResponder faq = new FaqResponder(kb, FaqIndex.build(kb, SearchSettings.defaults()), new Texts(new Messages()),
                Stores.inMemory().questions(), DialogSettings.standard());
        FaqEntry summary = kb.entries().get(kb.entries().size() - 1);

        assertTrue(faq.answer(summary, Lang.EN).text().startsWith("**Page about billing — Summary**"), faq.answer(summary, Lang.EN).text());
        assertTrue(faq.answer(summary, Lang.NL).text().startsWith("**Pagina over billing — Samenvatting**"), faq.answer(summary, Lang.NL).text());
    }

    @Test
    void suggestionsSaidAgainInDutchKeepTheirPages() throws IOException {
        FaqAssistant corpus = FaqAssistant.create(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), Stores.inMemory(),
                TestClock.at("2026-12-06"));
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json"));
        String id = "tg:labels1";
        Reply first = corpus.reply(new IncomingMessage(id, id, "where can I get my invoice as a pdf file", Optional.of(Lang.EN), Optional.empty()));
        Reply again = corpus.reply(new IncomingMessage(id, id, "kun je dat in het nederlands zeggen?", Optional.empty(), Optional.empty()));

        assertFalse(first.suggestions().isEmpty(), first.text());
        assertEquals(Lang.NL, again.lang(), again.text());
        List<String> expected = first.suggestions().stream()
                .map(s -> EntryLabel.of(kb.find(s.entryId()).orElseThrow(), Lang.NL)).toList();
        assertEquals(expected, labels(again.choices()), again.text());
        assertTrue(expected.stream().anyMatch(label -> label.contains(" — ")), expected.toString());
    }
}
