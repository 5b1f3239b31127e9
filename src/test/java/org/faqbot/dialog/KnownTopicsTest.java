package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKeys;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.LanguageDetector;
import org.faqbot.rules.RuleBook;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.SearchSettings;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** What a fallback says the bot answers, and which questions it names, for a small knowledge base of our own. */
class KnownTopicsTest {

    private static final List<String> HOME = List.of("home");

    static FaqEntry entry(String page, EntryKind kind, int n) {
        Bilingual question = Bilingual.of("Vraag " + n + " van " + page + "?", "Question " + n + " of " + page + "?");
        return new FaqEntry(page + "#q" + n, kind, page, Bilingual.of("Pagina " + page, "Page " + page), List.of(), question,
                Bilingual.of("Antwoord.", "Answer."), Bilingual.of("https://example.org/nl/" + page, "https://example.org/en/" + page));
    }

    private static List<FaqEntry> questions(String page, int count) {
        List<FaqEntry> entries = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            entries.add(entry(page, EntryKind.QA, n));
        }
        return entries;
    }

    /** A few pages before the home page, one of them only passages, with 1, 3 and 2 questions on the others. */
    static KnowledgeBase documentation() {
        List<FaqEntry> entries = new ArrayList<>();
        entries.add(entry("sections", EntryKind.PASSAGE, 1));
        entries.addAll(questions("single", 1));
        entries.addAll(questions("three", 3));
        entries.addAll(questions("two", 2));
        entries.addAll(questions("home", 4));
        return KnowledgeBase.of(entries);
    }

    private static List<String> ids(List<FaqEntry> entries) {
        return entries.stream().map(FaqEntry::id).toList();
    }

    @Test
    void theHomePagesAloneKeepTheirTextAndTheirFirstQuestions() {
        KnownTopics known = new KnownTopics(KnowledgeBase.of(questions("home", 7)), HOME);

        assertEquals("fallback.unknown", known.key("fallback.unknown"));
        assertEquals(List.of("home#q1", "home#q2", "home#q3", "home#q4", "home#q5"), ids(known.examples(KnownTopics.EXAMPLES)));
    }

    @Test
    void otherPagesMakeItTheDocumentationsText() {
        KnownTopics known = new KnownTopics(documentation(), HOME);

        assertEquals("fallback.unknown.docs", known.key("fallback.unknown"));
        assertEquals("fallback.code.docs", known.key("fallback.code"));
    }

    @Test
    void theDocumentationsExamplesAreTwoHomeQuestionsThenEachPagesOpeningTheFullestPagesFirst() {
        KnownTopics known = new KnownTopics(documentation(), HOME);

        assertEquals(List.of("home#q1", "home#q2", "three#q1", "two#q1", "single#q1"), ids(known.examples(KnownTopics.EXAMPLES)));
    }

    @Test
    void pagesWithAsManyQuestionsKeepTheirKnowledgeBaseOrder() {
        List<FaqEntry> entries = new ArrayList<>(questions("later", 2));
        entries.addAll(0, questions("earlier", 2));
        entries.addAll(questions("home", 1));

        KnownTopics known = new KnownTopics(KnowledgeBase.of(entries), HOME);

        assertEquals(List.of("home#q1", "earlier#q1", "later#q1", "earlier#q2", "later#q2"), ids(known.examples(KnownTopics.EXAMPLES)));
    }

    @Test
    void withoutAHomePageThePagesOpeningsComeFirst() {
        List<FaqEntry> entries = new ArrayList<>(questions("one", 1));
        entries.addAll(questions("other", 3));

        KnownTopics known = new KnownTopics(KnowledgeBase.of(entries), HOME);

        assertEquals("fallback.unknown.docs", known.key("fallback.unknown"));
        assertEquals(List.of("other#q1", "one#q1", "other#q2"), ids(known.examples(3)));
    }

    @Test
    void theChannelsAreToldTheDocumentationAndItsExamplesInBothLanguages() {
        Coverage coverage = new KnownTopics(documentation(), HOME).coverage();

        assertEquals("console.banner.docs", coverage.key("console.banner"));
        assertEquals(List.of("Question 1 of home?", "Question 2 of home?", "Question 1 of three?"),
                coverage.examples(Lang.EN, 3).stream().map(Choice::label).toList());
        assertEquals(List.of("Vraag 1 van home?", "Vraag 2 van home?"), coverage.examples(Lang.NL, 2).stream().map(Choice::label).toList());
        assertEquals("/faq " + EntryKeys.of("home#q1"), coverage.examples(Lang.NL, 1).get(0).payload());
    }

    @Test
    void theChannelsAreToldTheHomePagesAloneCoverTheBenefits() {
        Coverage coverage = new KnownTopics(KnowledgeBase.of(questions("home", 2)), HOME).coverage();

        assertEquals("console.banner", coverage.key("console.banner"));
        assertEquals(2, coverage.examples(Lang.EN, KnownTopics.EXAMPLES).size());
    }

    @Test
    void theAssistantTellsItsCoverageThroughItsWrappers() {
        List<FaqEntry> entries = new ArrayList<>(List.of(entry("other", EntryKind.QA, 1)));
        entries.addAll(TestAssistants.benefitsFaq().entries());
        KnowledgeBase kb = KnowledgeBase.of(entries);
        // The words-only index: what the bot covers does not depend on the search.
        FaqAssistant core = FaqAssistant.of(new AssistantParts(kb, FaqIndex.build(kb, SearchSettings.defaults()),
                LanguageDetector.create(), new DateExtractor(), RuleBook.standard(), new Messages(), Stores.inMemory(),
                TestClock.at("2026-12-06"), DialogSettings.standard()));

        Assistant served = new ObservedAssistant(new ReloadableAssistant(core), new Metrics());

        assertTrue(served.coverage().documentation());
        assertEquals("Question 1 of other?", served.coverage().examples(Lang.EN, 3).get(2).label());
    }
}
