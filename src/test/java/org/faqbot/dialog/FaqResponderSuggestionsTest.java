package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.Hit;
import org.faqbot.search.SearchResult;
import org.faqbot.search.SearchSettings;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which candidates a "not sure" reply offers: the best one when it is worth it, then those close to the question. */
class FaqResponderSuggestionsTest {

    private static KnowledgeBase kb;
    private static FaqResponder responder;

    @BeforeAll
    static void build() throws IOException {
        kb = KnowledgeBaseJson.read(Path.of("faq-data/kb.json"));
        responder = new FaqResponder(kb, FaqIndex.build(kb, SearchSettings.defaults()), new Texts(new Messages()),
                Stores.inMemory().questions(), DialogSettings.standard());
    }

    private static Reply notSure(double... confidences) {
        List<Hit> hits = new java.util.ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            hits.add(new Hit(kb.entries().get(i), confidences[i]));
        }
        return responder.respond("benefits", Lang.EN, new SearchResult(hits, 0.9), Instant.parse("2026-12-05T10:00:00Z"));
    }

    /** A "not sure" reply in {@code lang} to a question near the knowledge base's topics. */
    private static Reply notSureButNear(Lang lang, double... confidences) {
        List<Hit> hits = new java.util.ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            hits.add(new Hit(kb.entries().get(i), confidences[i]));
        }
        return responder.respond("benefits", lang, new SearchResult(hits, 0.9, true), Instant.parse("2026-12-05T10:00:00Z"));
    }

    private static List<String> suggested(Reply reply) {
        return reply.suggestions().stream().map(Suggestion::entryId).toList();
    }

    private static String id(int i) {
        return kb.entries().get(i).id();
    }

    @Test
    void candidatesAfterAWorthwhileBestOneNeedOnlyBeCloseToTheQuestion() {
        Reply reply = notSure(0.197, 0.009, 0.007, 0.0004);

        assertEquals(ReplyType.FALLBACK, reply.type());
        assertEquals(List.of(id(0), id(1), id(2)), suggested(reply));
    }

    @Test
    void entriesAboutSomethingElseAreNotSuggested() {
        Reply reply = notSure(0.3, 0.001, 0.0);

        assertEquals(List.of(id(0)), suggested(reply));
    }

    @Test
    void withoutAWorthwhileBestCandidateTheReplySaysWhatTheBotAnswers() {
        Reply reply = notSure(0.10, 0.09, 0.08);

        assertTrue(reply.suggestions().isEmpty(), reply.toString());
        FaqEntry first = kb.entries().stream().filter(e -> e.kind() == org.faqbot.kb.EntryKind.QA).findFirst().orElseThrow();
        assertTrue(reply.text().contains(first.question().get(Lang.EN)), reply.text());
    }

    /** The Benefits FAQ with another page before it, as the whole corpus has AppSource's page first. */
    private static FaqResponder withAppSourceFirst() {
        org.faqbot.kb.Bilingual other = new org.faqbot.kb.Bilingual("Wat is AppSource?", "What is AppSource?");
        FaqEntry appSource = new FaqEntry("appsource#what-is-appsource", org.faqbot.kb.EntryKind.QA, "appsource", other, List.of(), other,
                new org.faqbot.kb.Bilingual("Een winkel.", "A store."), new org.faqbot.kb.Bilingual("https://example.org/nl", "https://example.org/en"));
        List<FaqEntry> entries = new java.util.ArrayList<>(List.of(appSource));
        entries.addAll(kb.entries());
        KnowledgeBase both = KnowledgeBase.of(entries);
        return new FaqResponder(both, FaqIndex.build(both, SearchSettings.defaults()), new Texts(new Messages()),
                Stores.inMemory().questions(), DialogSettings.standard());
    }

    @Test
    void onTheBenefitsFaqTheReplySaysItAnswersAboutMpnBenefits() {
        Reply reply = responder.respond("pizza", Lang.EN, new SearchResult(List.of(), 0.9), Instant.parse("2026-12-05T10:00:00Z"));

        assertTrue(reply.text().contains("(MPN) benefits, such as:\n\n- What does"), reply.text());
    }

    @Test
    void withOtherPagesTheReplySaysItAnswersFromTheDocumentationHomeQuestionsFirst() {
        Reply reply = withAppSourceFirst().respond("pizza", Lang.EN, new SearchResult(List.of(), 0.9), Instant.parse("2026-12-05T10:00:00Z"));

        assertTrue(reply.text().contains("from the Microsoft Partner Center documentation, such as:\n\n- What does"), reply.text());
        assertTrue(reply.text().contains("- What is AppSource?"), reply.text());
        assertEquals(List.of("What does “Benefit Expiry Date” mean", "How do I renew my benefits", "What is AppSource?"),
                reply.choices().stream().map(Choice::label).toList());
    }

    @Test
    void withOtherPagesTheDutchReplySaysItAnswersFromTheDocumentation() {
        Reply reply = withAppSourceFirst().respond("pizza", Lang.NL, new SearchResult(List.of(), 0.9), Instant.parse("2026-12-05T10:00:00Z"));

        assertTrue(reply.text().contains("uit de documentatie van Microsoft Partner Center, zoals:"), reply.text());
        assertTrue(reply.text().contains("- Wat is AppSource?"), reply.text());
    }

    @Test
    void withOtherPagesMarkupGetsTheDocumentationsExamples() {
        Reply reply = withAppSourceFirst().codeOnly(Lang.EN);

        assertTrue(reply.text().contains("about the Microsoft Partner Center documentation, for example:"), reply.text());
        assertTrue(reply.text().contains("- What is AppSource?"), reply.text());
    }

    @Test
    void aQuestionNearTheTopicsGetsSuggestionsThoughItsBestCandidateIsUnderTheFloor() {
        Reply reply = notSureButNear(Lang.EN, 0.06, 0.05, 0.04);

        assertEquals(ReplyType.FALLBACK, reply.type());
        assertEquals(List.of(id(0), id(1), id(2)), suggested(reply));
        assertTrue(reply.text().contains(kb.entries().get(1).question().get(Lang.EN)), reply.text());
    }

    @Test
    void aDutchQuestionNearTheTopicsGetsItsSuggestionsInDutch() {
        Reply reply = notSureButNear(Lang.NL, 0.06, 0.05, 0.04);

        assertEquals(List.of(id(0), id(1), id(2)), suggested(reply));
        assertTrue(reply.text().contains(kb.entries().get(1).question().get(Lang.NL)), reply.text());
    }

    @Test
    void nearTheTopicsEntriesAboutSomethingElseAreStillNotSuggested() {
        Reply reply = notSureButNear(Lang.EN, 0.004, 0.001);

        assertTrue(reply.suggestions().isEmpty(), reply.toString());
    }
    @Test
    void aQuestionAboutAnotherThingGetsNoSuggestionsOfTheFaqsThings() {
        List<Hit> hits = List.of(new Hit(kb.entries().get(0), 0.9), new Hit(kb.entries().get(1), 0.2));

        Reply reply = responder.respond("yoga membership", Lang.EN, new SearchResult(hits, 0.5, true, java.util.Optional.of("yoga membership")),
                Instant.parse("2026-12-05T10:00:00Z"));

        assertEquals(ReplyType.FALLBACK, reply.type());
        assertTrue(reply.suggestions().isEmpty(), reply.toString());
    }

    @Test
    void theSameQuestionOnTwoPagesIsToldApartByThePagesTitles() {
        // A Q&A: a passage's label names its page anyway (EntryLabel).
        List<FaqEntry> questions = kb.entries().stream().filter(e -> e.kind() == org.faqbot.kb.EntryKind.QA).toList();
        FaqEntry one = questions.get(0);
        FaqEntry other = new FaqEntry(one.id() + "-elsewhere", one.kind(), "other-page", org.faqbot.kb.Bilingual.of("Andere pagina", "Other page"),
                one.sectionPath(), one.question(), one.answer(), one.sourceUrl());
        List<Hit> hits = List.of(new Hit(one, 0.3), new Hit(other, 0.2), new Hit(questions.get(1), 0.1));

        Reply reply = responder.respond("benefits", Lang.EN, new SearchResult(hits, 0.9), Instant.parse("2026-12-05T10:00:00Z"));

        List<String> labels = reply.choices().stream().map(Choice::label).toList();
        assertEquals(3, labels.stream().distinct().count(), labels.toString());
        assertEquals(one.question().get(Lang.EN) + " (Other page)", labels.get(1));
        assertEquals(questions.get(1).question().get(Lang.EN), labels.get(2));
        assertTrue(reply.text().contains("(Other page)"), reply.text());
    }

    @Test
    void aPassageWithAGenericHeadingIsOfferedUnderItsPagesTitle() {
        FaqEntry one = kb.entries().get(0);
        FaqEntry steps = new FaqEntry("payouts#next-steps", org.faqbot.kb.EntryKind.PASSAGE, "payouts",
                org.faqbot.kb.Bilingual.of("Uitbetalingen instellen", "Set up payouts"), List.of(),
                org.faqbot.kb.Bilingual.of("Volgende stappen", "Next steps"), one.answer(), one.sourceUrl());
        List<Hit> hits = List.of(new Hit(steps, 0.3), new Hit(one, 0.2));

        Reply reply = responder.respond("payouts", Lang.NL, new SearchResult(hits, 0.9), Instant.parse("2026-12-05T10:00:00Z"));

        assertEquals("Uitbetalingen instellen — Volgende stappen", reply.choices().get(0).label());
        assertTrue(reply.text().contains("1. Uitbetalingen instellen — Volgende stappen"), reply.text());
    }
}
