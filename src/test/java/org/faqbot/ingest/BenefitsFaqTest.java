package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Block;
import org.faqbot.kb.CalloutKind;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Benefits FAQ page, the core of the knowledge base. */
class BenefitsFaqTest {

    private static final String PAGE_NL = "https://docs.microsoft.com/nl-nl/partner-center/benefits-faq";
    private static final String PAGE_EN = "https://docs.microsoft.com/en-us/partner-center/benefits-faq";

    private static IngestReport report;

    @BeforeAll
    static void ingest() {
        report = Ingest.run(List.of(KbSource.BENEFITS_FAQ));
    }

    private static FaqEntry entry(String id) {
        return report.knowledgeBase().find(id).orElseThrow(() -> new AssertionError("no entry " + id));
    }

    private static List<FaqEntry> questions() {
        return report.knowledgeBase().entries().stream().filter(e -> e.kind() == EntryKind.QA).collect(Collectors.toList());
    }

    @Test
    void pageIsIngestedWithoutWarningsOrFailures() {
        assertEquals(List.of(), report.failures());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void nineQuestionsAreFoundWithTheirAnchorsAsIds() {
        List<String> ids = questions().stream().map(FaqEntry::id).collect(Collectors.toList());

        assertEquals(List.of(
                "benefits-faq#q-what-does-benefit-expiry-date-mean",
                "benefits-faq#q-how-do-i-renew-my-benefits",
                "benefits-faq#q-i-received-a-notification-informing-me-that-my-subscription-is-expiring-soon---what-should-i-do",
                "benefits-faq#q-when-can-i-renew-my-membership",
                "benefits-faq#q-how-does-adding-extendingrenewing-licenses-work-on-azure",
                "benefits-faq#q-can-i-activate-the-license-on-my-customers-account",
                "benefits-faq#q-im-having-trouble-assigning-users-in-azure-bulk-credit-what-should-i-do",
                "benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center",
                "benefits-faq#q-i-cant-install-the-software-i-downloaded-from-partner-center-how-do-i-get-help"), ids);
    }

    @Test
    void everyQuestionAndAnswerIsFilledInBothLanguages() {
        assertAll(questions().stream().flatMap(e -> Stream.of(e.question().nl(), e.question().en(), e.answer().nl(), e.answer().en()))
                .map(text -> () -> assertFalse(text.isBlank())));
    }

    @Test
    void questionsLoseTheirFaqPrefix() {
        FaqEntry entry = entry("benefits-faq#q-im-having-trouble-assigning-users-in-azure-bulk-credit-what-should-i-do");

        assertEquals(Bilingual.of("Ik heb problemen bij het toewijzen van gebruikers in Azure Bulk Credit. Wat moet ik doen?",
                "I’m having trouble assigning users in Azure Bulk Credit. What should I do"), entry.question());
        assertTrue(questions().stream().noneMatch(e -> e.question().nl().startsWith("V.") || e.question().en().startsWith("Q.")));
    }

    @Test
    void noMarkupOfTheSourceLeaksIntoAnyText() {
        List<String> texts = new ArrayList<>();
        for (FaqEntry e : report.knowledgeBase().entries()) {
            Stream.concat(Stream.of(e.pageTitle(), e.question(), e.answer()), e.sectionPath().stream())
                    .forEach(text -> texts.addAll(List.of(text.nl(), text.en())));
        }

        assertAll(texts.stream().map(text -> () -> assertEquals(List.of(), Leaks.in(text), text)));
    }

    @Test
    void linksAreAbsoluteInEachLanguage() {
        List<String> urls = new ArrayList<>();
        for (FaqEntry e : report.knowledgeBase().entries()) {
            urls.addAll(Leaks.linkUrls(e.answer().nl()));
            urls.addAll(Leaks.linkUrls(e.answer().en()));
        }

        assertFalse(urls.isEmpty());
        assertAll(urls.stream().map(url -> () -> assertTrue(url.startsWith("https://") && !url.endsWith(".md"), url)));
    }

    @Test
    void noteAboutUserAssignmentIsACalloutInTheExpiryAnswer() {
        FaqEntry entry = entry("benefits-faq#q-what-does-benefit-expiry-date-mean");

        Block.Callout nl = lastCallout(entry.answer().nl());
        Block.Callout en = lastCallout(entry.answer().en());

        assertEquals(CalloutKind.NOTE, nl.kind());
        assertTrue(Leaks.text(nl.body()).startsWith("Als u voordelen hebt waarvoor een gebruikerstoewijzing is vereist"));
        assertEquals(CalloutKind.NOTE, en.kind());
        assertTrue(Leaks.text(en.body()).startsWith("If you have benefits that require a user assignment"));
    }

    @Test
    void importantRedeemOnceWarningIsACalloutInTheAzureLicensesAnswer() {
        FaqEntry entry = entry("benefits-faq#q-how-does-adding-extendingrenewing-licenses-work-on-azure");

        Block.Callout en = lastCallout(entry.answer().en());

        assertEquals(CalloutKind.IMPORTANT, en.kind());
        assertTrue(Leaks.text(en.body()).contains("Once you’ve redeemed a key, you can’t redeem it again."));
        assertEquals(CalloutKind.IMPORTANT, lastCallout(entry.answer().nl()).kind());
    }

    @Test
    void reassignmentNoteIsACalloutInTheVisualStudioAnswer() {
        FaqEntry entry = entry("benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center");

        assertEquals(CalloutKind.NOTE, lastCallout(entry.answer().nl()).kind());
        assertTrue(Leaks.text(lastCallout(entry.answer().en()).body()).contains("90 days"));
    }

    private static Block.Callout lastCallout(String answer) {
        List<Block> blocks = LightMarkdown.parse(answer);
        return (Block.Callout) blocks.get(blocks.size() - 1);
    }

    @Test
    void renewalStepsAreNumberedOneToFour() {
        FaqEntry entry = entry("benefits-faq#q-how-do-i-renew-my-benefits");

        String plain = LightMarkdown.toPlainText(entry.answer().en(), Lang.EN);

        assertEquals("Use the following procedure to renew your benefits:\n\n"
                + "1. Sign into the Partner Center dashboard (https://partner.microsoft.com/dashboard/).\n"
                + "2. In the left nav, select MPN.\n"
                + "3. On the MPN tab, select the Benefits option.\n"
                + "4. Activate the benefit you want.\n\n"
                + "If the benefit you want is not available, you’ll need to renew your Partner Center membership and repeat the process above.",
                plain);
    }

    @Test
    void supportStepsAreSixNumberedItemsInDutch() {
        FaqEntry entry = entry("benefits-faq#q-i-cant-install-the-software-i-downloaded-from-partner-center-how-do-i-get-help");

        List<Integer> numbers = LightMarkdown.parse(entry.answer().nl()).stream()
                .filter(Block.ListItem.class::isInstance).map(b -> ((Block.ListItem) b).number()).collect(Collectors.toList());

        assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers);
    }

    @Test
    void sectionPathIsTheEnclosingHeadingInBothLanguages() {
        FaqEntry entry = entry("benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center");

        assertEquals(List.of(Bilingual.of("Visual Studio voordelen", "Visual Studio Benefits")), entry.sectionPath());
        assertEquals(List.of(Bilingual.of("Algemene vragen", "General questions")),
                entry("benefits-faq#q-when-can-i-renew-my-membership").sectionPath());
    }

    @Test
    void pageTitleIsTheFrontMatterTitleAndTheEnglishHeading() {
        FaqEntry entry = entry("benefits-faq#q-when-can-i-renew-my-membership");

        assertEquals(Bilingual.of("Veelgestelde vragen over de voordelen", "Benefits FAQ"), entry.pageTitle());
        assertEquals("benefits-faq", entry.page());
    }

    @Test
    void sourceUrlIsThePageWithTheQuestionsAnchorPerLanguage() {
        FaqEntry entry = entry("benefits-faq#q-how-do-i-renew-my-benefits");

        assertEquals(Bilingual.of(PAGE_NL + "#q-how-do-i-renew-my-benefits", PAGE_EN + "#q-how-do-i-renew-my-benefits"),
                entry.sourceUrl());
    }

    @Test
    void introIsAPassageOfThePageTitleAndNextStepsLinksAreLeftOut() {
        List<String> passages = report.knowledgeBase().entries().stream().filter(e -> e.kind() == EntryKind.PASSAGE)
                .map(FaqEntry::id).collect(Collectors.toList());

        assertEquals(List.of("benefits-faq#benefits-faq"), passages);
        assertEquals(Bilingual.of(PAGE_NL, PAGE_EN), entry("benefits-faq#benefits-faq").sourceUrl());
    }
}
