package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.LightMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every page of faq-data/kb-source, the whole corpus the bot ships. */
class CorpusTest {

    private static List<FaqEntry> entries() {
        return KbSource.corpus().knowledgeBase().entries();
    }

    private static Stream<Executable> each(Function<FaqEntry, Executable> check) {
        return entries().stream().map(check);
    }

    @Test
    void everyPageIsIngestedWithoutFailures() {
        IngestReport report = KbSource.corpus();

        assertEquals(List.of(), report.failures());
        assertEquals(300, report.pages());
    }

    @Test
    void everyPageGivesEntries() {
        Set<String> pages = entries().stream().map(FaqEntry::page).collect(Collectors.toSet());

        assertEquals(KbSource.corpus().pages(), pages.size());
    }

    @Test
    void theAnnouncementsQuestionsSectionsAreLeftOutAsGeneric() {
        IngestReport report = KbSource.corpus();

        assertEquals(73, report.generic().size());
        assertEquals(List.of("Questions?", "Questions"), report.genericHeadings());
        assertEquals(2793, report.knowledgeBase().size());
    }

    @Test
    void noSourceMarkupLeaksIntoAnyText() {
        assertAll(each(e -> () -> {
            List<String> texts = Stream.concat(Stream.of(e.pageTitle(), e.question(), e.answer()), e.sectionPath().stream())
                    .flatMap(text -> Stream.of(text.nl(), text.en())).collect(Collectors.toList());
            assertEquals(List.of(), texts.stream().flatMap(t -> Leaks.in(t).stream()).collect(Collectors.toList()), e.id());
        }));
    }

    @Test
    void everyEntryHasADutchQuestionAndAnswer() {
        assertAll(each(e -> () -> assertFalse(e.question().nl().isBlank() || e.answer().nl().isBlank(), e.id())));
    }

    @Test
    void idsAreUniqueAndShapedSlugHashAnchor() {
        Set<String> ids = new HashSet<>();

        assertAll(each(e -> () -> assertTrue(ids.add(e.id()) && e.id().matches("[a-z0-9-]+#[\\w-]+"), e.id())));
    }

    @Test
    void everyAnswerReadsBackAsWrittenSoItsEscapesAreRight() {
        assertAll(each(e -> () -> {
            assertEquals(e.answer().nl(), LightMarkdown.write(LightMarkdown.parse(e.answer().nl())), e.id());
            assertEquals(e.answer().en(), LightMarkdown.write(LightMarkdown.parse(e.answer().en())), e.id());
        }));
    }

    @Test
    void everyLinkIsAbsolute() {
        assertAll(each(e -> () -> Stream.of(e.answer().nl(), e.answer().en()).flatMap(a -> Leaks.linkUrls(a).stream())
                .forEach(url -> assertTrue(url.matches("(https?|mailto):.+"), e.id() + ": " + url))));
    }

    @Test
    void sourceUrlsPointAtTheDocsSiteInEachLanguage() {
        assertAll(each(e -> () -> {
            assertTrue(e.sourceUrl().nl().startsWith("https://docs.microsoft.com/nl-nl/"), e.id());
            assertTrue(e.sourceUrl().en().startsWith("https://docs.microsoft.com/en-us/"), e.id());
        }));
    }
}
