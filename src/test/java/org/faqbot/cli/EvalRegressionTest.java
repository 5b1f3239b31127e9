package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of the whole bot on the development cases (a copy of shared/eval/dev-cases.jsonl),
 * through the same core every channel uses, so a regression cannot land. The cases measure; they are
 * never copied into the knowledge base, synonyms or code.
 */
class EvalRegressionTest {

    private static EvalReport report;
    private static ReportBars bars;

    @BeforeAll
    static void run() throws IOException {
        bars = ReportBars.measure(Path.of("src/test/resources/eval/dev-cases.jsonl"), TestAssistants.standard(TestClock.at("2026-11-24")));
        report = bars.report();
    }

    /**
     * 35 of 36 with bge-small-en-v1.5 and the fluent gloss (0.944 with E5, one Dutch question fewer than
     * the lexical search alone), and far more of the questions partners really type (dev-cases-2: 0.778
     * against 0.241); see {@link GeneralisationRegressionTest}.
     */
    @Test
    void faqTopOneIsAtLeastNinetySevenPercentInDutch() {
        bars.atLeast(0.97, report.topOne(Lang.NL), "nl FAQ top-1");
    }

    @Test
    void faqTopOneIsAtLeastNinetyFivePercentInEnglish() {
        bars.atLeast(0.95, report.topOne(Lang.EN), "en FAQ top-1");
    }

    @Test
    void everyOutOfDomainQuestionGetsNoAnswer() {
        bars.atLeast(1.0, report.rate("ood", null, EvalOutcome::rejected), "OOD rejection");
    }

    @Test
    void replyLanguageMatchesTheQuestion() {
        bars.atLeast(0.99, report.languageAccuracy(), "reply language");
    }

    @Test
    void dateCasesAreRightInBothLanguages() {
        bars.atLeast(0.98, report.dateCaseAccuracy(Lang.NL), "nl date cases");
        bars.atLeast(0.98, report.dateCaseAccuracy(Lang.EN), "en date cases");
    }

    @Test
    void everyDialogueEndsWithTheRightDate() {
        bars.atLeast(1.0, report.rate("dialog", null, EvalOutcome::passed), "dialogues");
    }
}
