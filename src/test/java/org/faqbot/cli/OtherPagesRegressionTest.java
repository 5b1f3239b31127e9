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
 * The bar on 60 questions of our own against the whole corpus ({@code corpus-other-pages-cases.jsonl}, seventeenth
 * round): 50 in the partners' style, short and long, slang and indirect asks, on 25 pages (one per language each, mostly
 * pages no other case file asks about: reservations, payout thresholds, unallocated payments, signed invoices, tax
 * withholding, IRS forms, service principals, CHIP, co-op funds, ...), and 10 everyday or other-vendor questions. Written
 * to find where another page leads; never fitted on. The bars lie a question or so under the figures measured when it
 * landed.
 */
class OtherPagesRegressionTest {

    private static final Path CASES = Path.of("src/test/resources/eval/corpus-other-pages-cases.jsonl");
    private static EvalReport report;
    private static ReportBars bars;

    @BeforeAll
    static void run() throws IOException {
        FaqAssistant corpus = FaqAssistant.create(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), Stores.inMemory(),
                TestClock.at("2026-12-05"));
        bars = ReportBars.measure(CASES, corpus);
        report = bars.report();
    }

    /** Measured 0.160 / 0.200 (nl / en), MRR@3 0.413 / 0.440 (0.400 in English before a home answer far below another page gave way). */
    @Test
    void questionsAboutLessAskedPagesKeepTheirFigures() {
        bars.atLeast(0.15, report.topOne(Lang.NL), "nl FAQ top-1");
        bars.atLeast(0.19, report.topOne(Lang.EN), "en FAQ top-1");
        bars.atLeast(0.40, report.mrrAtThree(Lang.NL), "nl FAQ MRR@3");
        bars.atLeast(0.43, report.mrrAtThree(Lang.EN), "en FAQ MRR@3");
    }

    /** Measured 1.000 in each language. */
    @Test
    void everydayAndOtherVendorsQuestionsGetNoAnswer() {
        bars.atLeast(0.95, report.oodRejection(Lang.NL), "nl OOD rejection");
        bars.atLeast(0.95, report.oodRejection(Lang.EN), "en OOD rejection");
    }
}
