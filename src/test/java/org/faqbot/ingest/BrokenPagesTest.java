package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** Pages that are not in the bilingual docs format, each reported with file and line. */
class BrokenPagesTest {

    private static IngestReport ingest(String name) {
        return Ingest.run(List.of(KbSource.BROKEN.resolve(name)));
    }

    private static String file(String name) {
        return KbSource.BROKEN.resolve(name).toString().replace('\\', '/');
    }

    @Test
    void truncatedSpanIsReportedAtItsLine() {
        IngestReport report = ingest("truncated-span.md");

        assertEquals(List.of(file("truncated-span.md")
                + ":6: <span data-ttu-id=\"t-2\"> is never closed: no </span> before the paragraph ends"), report.failures());
        assertEquals(0, report.knowledgeBase().size());
    }

    @Test
    void pageOfPlainTextIsNotABilingualPage() {
        IngestReport report = ingest("plain-text.md");

        assertEquals(List.of(file("plain-text.md") + ":1: not a bilingual docs page: no <span data-ttu-id=\"...\"> pairs"),
                report.failures());
    }

    @Test
    void emptyFileIsReported() {
        IngestReport report = ingest("empty.md");

        assertEquals(List.of(file("empty.md") + ":1: empty file"), report.failures());
    }

    @Test
    void frontMatterNeverClosedIsReported() {
        IngestReport report = ingest("unclosed-front-matter.md");

        assertEquals(List.of(file("unclosed-front-matter.md") + ":1: front matter opened by \"---\" is never closed"),
                report.failures());
    }

    @Test
    void dutchSpanWithoutEnglishIsAWarningAndTheDutchIsKept() {
        IngestReport report = ingest("missing-english.md");

        assertEquals(List.of(), report.failures());
        assertEquals(List.of(file("missing-english.md")
                + ":6: warning: <span data-ttu-id=\"t-2\"> has no English sxs-lookup pair; keeping the Dutch only"), report.warnings());
        FaqEntry entry = report.knowledgeBase().entries().get(0);
        assertEquals(Bilingual.of("Alleen Nederlands.\n\nBeide talen.", "Both languages."), entry.answer());
    }

    @Test
    void missingEnglishFallsBackToTheDutchWhenNothingElseIsThere() {
        Bilingual onlyDutch = Bilingual.of("Alleen Nederlands.", "");

        assertEquals("Alleen Nederlands.", onlyDutch.get(Lang.EN));
    }

    @Test
    void oneBadPageDoesNotStopTheOthers() {
        IngestReport report = Ingest.run(List.of(KbSource.BROKEN.resolve("empty.md"), KbSource.BENEFITS_FAQ,
                Path.of("no/such/page.md")));

        assertEquals(List.of("no/such/page.md: no such file or folder", file("empty.md") + ":1: empty file"), report.failures());
        assertEquals(10, report.knowledgeBase().size());
    }
}
