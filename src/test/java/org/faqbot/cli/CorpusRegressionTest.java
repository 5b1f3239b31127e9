package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bar on questions about other pages, against the whole corpus ({@code ../shared/eval/corpus-dev-cases.jsonl},
 * by another author; it only measures, nothing of it is fitted on or copied). The bars are the figures of the
 * model fitted on the corpus ({@code faq-data/fusion-all.json}) when it landed, so that a change that loses
 * them cannot land unseen.
 */
class CorpusRegressionTest {

    private static final Path CASES = Path.of("../shared/eval/corpus-dev-cases.jsonl");
    /**
     * Our own questions about 112 pages (82% of them without a question in the fitting files), written by a
     * helper that could not see the evaluation sets, told to avoid the pages' words: measured, never fitted on.
     */
    private static final Path HOLDOUT = Path.of("src/test/resources/eval/corpus-holdout-cases.jsonl");
    /** Partners' Benefits questions in the chat style, by another author: measured, never fitted on. */
    private static final Path BENEFITS = Path.of("../shared/eval/dev-cases-2.jsonl");
    /** The Benefits questions the models are fitted and tuned on. */
    private static final Path BENEFITS_DEV = Path.of("../shared/eval/dev-cases.jsonl");
    /**
     * 60 questions of our own (seventeenth round): 50 in the partners' style, short and long, slang and indirect asks, on
     * 25 pages (one per language each, mostly pages no other case file asks about: reservations, payout thresholds,
     * unallocated payments, signed invoices, tax withholding, IRS forms, service principals, CHIP, co-op funds, ...), and
     * 10 everyday or other-vendor questions. Written to find where another page leads; never fitted on. The bars lie a
     * question or so under the figures measured when it landed.
     */
    private static final Path OTHER_PAGES = Path.of("src/test/resources/eval/corpus-other-pages-cases.jsonl");
    /**
     * 60 questions of our own (eighteenth round): 50 in the partners' style on 25 pages with several sections each (one
     * question per language each, each about one section: renewal reminders, the recon file's charge types, deal
     * registration stages, tiered meter prices, ...), and 10 everyday or other-vendor questions. Written to find where a
     * sibling section of the right page leads; never fitted on.
     */
    private static final Path SECTIONS_2 = Path.of("src/test/resources/eval/corpus-sections-2-cases.jsonl");
    private static EvalReport report;
    private static ReportBars bars;
    private static ReportBars holdout;
    private static ReportBars benefits;
    private static ReportBars benefitsDev;
    private static ReportBars otherPages;
    private static ReportBars sections2;

    @BeforeAll
    static void run() throws IOException {
        FaqAssistant corpus = FaqAssistant.create(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), Stores.inMemory(),
                TestClock.at("2026-11-24"));
        bars = ReportBars.measure(CASES, corpus);
        report = bars.report();
        holdout = ReportBars.measure(HOLDOUT, corpus);
        benefits = ReportBars.measure(BENEFITS, corpus);
        benefitsDev = ReportBars.measure(BENEFITS_DEV, corpus);
        otherPages = ReportBars.measure(OTHER_PAGES, corpus);
        sections2 = ReportBars.measure(SECTIONS_2, corpus);
    }

    /**
     * Measured 0.160 / 0.200 (nl / en), MRR@3 0.413 / 0.440 (0.400 in English before a home answer far below another page
     * gave way); 0.200 / 0.200, MRR@3 0.480 / 0.440 since a page's title section is compared by what it says
     * ({@code TitleSections}).
     */
    @Test
    void questionsAboutLessAskedPagesKeepTheirFigures() {
        EvalReport other = otherPages.report();
        otherPages.atLeast(0.19, other.topOne(Lang.NL), "nl FAQ top-1");
        otherPages.atLeast(0.19, other.topOne(Lang.EN), "en FAQ top-1");
        otherPages.atLeast(0.47, other.mrrAtThree(Lang.NL), "nl FAQ MRR@3");
        otherPages.atLeast(0.43, other.mrrAtThree(Lang.EN), "en FAQ MRR@3");
    }

    /** Measured 0.240 / 0.240 (nl / en), MRR@3 0.447 / 0.420, out of domain 1.000 / 1.000, before and after TitleSections. */
    @Test
    void questionsAboutOneSectionOfAPageKeepTheirFigures() {
        EvalReport sections = sections2.report();
        sections2.atLeast(0.23, sections.topOne(Lang.NL), "nl FAQ top-1");
        sections2.atLeast(0.23, sections.topOne(Lang.EN), "en FAQ top-1");
        sections2.atLeast(0.44, sections.mrrAtThree(Lang.NL), "nl FAQ MRR@3");
        sections2.atLeast(0.41, sections.mrrAtThree(Lang.EN), "en FAQ MRR@3");
        sections2.atLeast(0.95, sections.oodRejection(Lang.NL), "nl OOD rejection");
        sections2.atLeast(0.95, sections.oodRejection(Lang.EN), "en OOD rejection");
    }

    /** Our 60 questions' everyday and other vendors' questions: measured 1.000 in each language. */
    @Test
    void everydayAndOtherVendorsQuestionsGetNoAnswer() {
        otherPages.atLeast(0.95, otherPages.report().oodRejection(Lang.NL), "nl OOD rejection");
        otherPages.atLeast(0.95, otherPages.report().oodRejection(Lang.EN), "en OOD rejection");
    }

    /**
     * 0.575 / 0.700 with the home page's feature (seventh session; MRR@3 0.663 / 0.721 -> 0.696 / 0.738); 0.600 /
     * 0.700 with the answers' chunks; 0.575 / 0.625 with bge-small-en-v1.5 for E5; 0.525 / 0.600 with E5, the fluent gloss and the corpus's model refitted on 240 corpus questions (0.525 /
     * 0.575 before; 0.500 / 0.575 without the cascade's words stage; 0.450 / 0.450 with the Benefits FAQ's model
     * before the corpus had its own). 0.600 / 0.700 since a page's title section is compared by what it says.
     */
    @Test
    void questionsAboutOtherPagesGetTheirEntry() {
        bars.atLeast(0.59, report.topOne(Lang.NL), "nl FAQ top-1");
        bars.atLeast(0.70, report.topOne(Lang.EN), "en FAQ top-1");
    }

    /**
     * 0.900 / 0.900 (nl / en) with the home page's feature (a home PC's Windows licence gets the Benefits FAQ's
     * licence entry); 0.900 / 1.000 with the answers' chunks (a Dutch question about exchanging Bing's consumer
     * reward points gets the Marketplace rewards page); 1.000 / 1.000 with bge-small-en-v1.5 for E5; the bar is 0.90. 0.900 / 0.900 with E5 and
     * the corpus's model refitted on 240 corpus questions (threshold 0.30); 0.900 / 1.000 before, with the cascade's words stage, which answers a Dutch question
     * about a Windows key bought for a home PC with the Benefits FAQ's licence entry; 1.000 without it.
     */
    @Test
    void questionsTheCorpusDoesNotAnswerGetNoAnswer() {
        bars.atLeast(0.90, report.rate("ood", null, EvalOutcome::rejected), "OOD rejection");
    }

    /**
     * 0.333 / 0.483 (nl / en), out of domain 0.750 / 0.850, when the file was written (sixth session): harder
     * than corpus-dev-cases, since its questions avoid the words of the sections they are about. With the
     * answers' chunks (seventh session): 0.400 / 0.500, out of domain 0.800 / 0.900; with the home page's
     * feature 0.417 / 0.533, out of domain 0.750 / 0.900; 0.417 / 0.550 since a page's title section is compared by
     * what it says.
     */
    @Test
    void ourOwnCorpusHoldoutKeepsItsFigures() {
        topOneAtLeast(holdout, "corpus holdout", 0.41, 0.54);
        // 0.925 (0.950 / 0.900) since the eleventh session: everyday things on their own are other things.
        holdout.atLeast(0.90, holdout.report().rate("ood", null, EvalOutcome::rejected), "corpus holdout OOD rejection");
    }

    /**
     * dev-cases-2's Benefits questions against the whole corpus: 0.667 / 0.815 before the home page's feature,
     * 0.796 / 0.889 with it, 0.870 / 0.889 with the home page's own tier (eighth session; 0.870 / 0.852 with the
     * Benefits FAQ alone; issue 12 asks for no more than 0.05 below that).
     */
    @Test
    void benefitsQuestionsFindTheBenefitsFaqAmongAllPages() {
        topOneAtLeast(benefits, "dev-cases-2 against the corpus", 0.87, 0.88);
    }

    /**
     * dev-cases' Benefits questions against the whole corpus: 0.833 / 0.917 with the home page's feature alone,
     * 0.972 / 1.000 with the home page's own tier, as with the Benefits FAQ alone (eighth session); the date
     * questions keep their answers.
     */
    @Test
    void fittingBenefitsQuestionsKeepTheirFiguresAmongAllPages() {
        topOneAtLeast(benefitsDev, "dev-cases against the corpus", 0.97, 1.00);
        benefitsDev.atLeast(1.00, benefitsDev.report().rate("date", null, EvalOutcome::passed), "dev-cases against the corpus dates");
    }

    private static void topOneAtLeast(ReportBars set, String name, double nl, double en) {
        set.atLeast(nl, set.report().topOne(Lang.NL), name + " nl FAQ top-1");
        set.atLeast(en, set.report().topOne(Lang.EN), name + " en FAQ top-1");
    }
}
