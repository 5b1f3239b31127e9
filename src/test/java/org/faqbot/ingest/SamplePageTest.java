package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A fixture page using each construct the ingest reads (src/test/resources/kb/pages/partner-center/sample-faq.md). */
class SamplePageTest {

    private static final String PAGE_EN = "https://docs.microsoft.com/en-us/partner-center/sample-faq";

    private static IngestReport report;

    @BeforeAll
    static void ingest() {
        report = Ingest.run(List.of(KbSource.SAMPLE_PAGES), Optional.of(KbSource.SAMPLE_PAGES), Ingest.Progress.NONE);
    }

    private static FaqEntry entry(String id) {
        return report.knowledgeBase().find(id).orElseThrow(() -> new AssertionError("no entry " + id));
    }

    @Test
    void sectionsBecomeEntriesExceptEmptyOnesAndNextStepsLinks() {
        List<String> ids = report.knowledgeBase().entries().stream()
                .map(e -> e.kind() + " " + e.id()).collect(Collectors.toList());

        assertEquals(List.of("PASSAGE sample-faq#sample-faq", "QA sample-faq#q-how-do-i-start", "QA sample-faq#what-does-it-cost",
                "PASSAGE sample-faq#announcement", "QA sample-faq#questions", "QA sample-faq#questions-1",
                "PASSAGE sample-faq#without-an-anchor-really"), ids);
    }

    @Test
    void answerKeepsStepsNumberedCalloutsNestedItemsAndSubSections() {
        String answer = entry("sample-faq#q-how-do-i-start").answer().en();

        assertEquals("Follow these steps:\n\n"
                + "1. Read the [benefits](https://docs.microsoft.com/en-us/partner-center/benefits-faq#q-how-do-i-renew-my-benefits).\n"
                + "2. Open the **dashboard**.\n\n"
                + "> [!IMPORTANT]\n> Admins *only*.\n\n"
                + "   - A sub-step with [an announcement](https://docs.microsoft.com/en-us/partner-center/announcements/2021-may).\n"
                + "3. Done.\n\n"
                + "#### Details\n\n"
                + "Maths: 2 \\* 3 = 6, and \\[brackets\\] stay.", answer);
    }

    @Test
    void literalStarsAndBracketsOfThePageReadBackAsText() {
        String answer = entry("sample-faq#q-how-do-i-start").answer().nl();

        String plain = LightMarkdown.toPlainText(answer, Lang.NL);

        assertEquals(true, plain.endsWith("Details\n\nRekenen: 2 * 3 = 6, en [haken] blijven staan."), plain);
    }

    @Test
    void tableCellsHoldPairsLineBreaksAndNoLocText() {
        String answer = entry("sample-faq#what-does-it-cost").answer().nl();

        assertEquals("| Plan | Prijs |\n|---|---|\n| Basis | Gratis; voor altijd |\n| Plan \"X\" | 1 euro |\n\n"
                + "> [!NOTE]\n> Prijzen kunnen wijzigen.", answer);
    }

    @Test
    void headingEndingInAQuestionMarkIsAQuestion() {
        FaqEntry entry = entry("sample-faq#what-does-it-cost");

        assertEquals(EntryKind.QA, entry.kind());
        assertEquals(Bilingual.of("Wat kost het?", "What does it cost?"), entry.question());
    }

    @Test
    void spanOverTwoLinesAndCodeAreKept() {
        FaqEntry entry = entry("sample-faq#announcement");

        assertEquals(Bilingual.of("Een tekst die over twee regels loopt.\n\n```powershell\nGet-Thing -Name \"x\" | Select *\n```",
                "A text that runs over two lines.\n\n```powershell\nGet-Thing -Name \"x\" | Select *\n```"), entry.answer());
    }

    @Test
    void repeatedAnchorGetsANumberAndLinksToItsOwnAnnouncement() {
        FaqEntry second = entry("sample-faq#questions-1");

        assertEquals(List.of(Bilingual.of("Tweede aankondiging", "Second announcement")), second.sectionPath());
        assertEquals(PAGE_EN + "#second-announcement", second.sourceUrl().en());
        assertEquals(PAGE_EN + "#announcement", entry("sample-faq#questions").sourceUrl().en());
    }

    @Test
    void headingWithoutAnchorGetsOneFromItsEnglishText() {
        FaqEntry entry = entry("sample-faq#without-an-anchor-really");

        assertEquals(PAGE_EN + "#without-an-anchor-really", entry.sourceUrl().en());
        assertEquals(Bilingual.of("Zonder anker", "Without an anchor, really"), entry.question());
    }

    @Test
    void dutchTitleComesFromTheFrontMatter() {
        assertEquals(Bilingual.of("Voorbeeld: veelgestelde vragen", "Sample FAQ"), entry("sample-faq#sample-faq").pageTitle());
    }
}
