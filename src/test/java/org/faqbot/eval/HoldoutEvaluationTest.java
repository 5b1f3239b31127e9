package org.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality bar on our own held-out cases ({@code eval/holdout-cases.jsonl}): paraphrases written
 * from the FAQ page's content in many styles, everyday questions, and near misses rephrased from other
 * docs pages' question headings. The bar sits a little below the dev bar, as a hidden set's would.
 */
class HoldoutEvaluationTest {

    private static DevEvaluation.Report report;

    @BeforeAll
    static void runEvaluation() {
        List<EvalCase> cases = EvalCase.load(EvalCase.HOLDOUT_RESOURCE);

        report = DevEvaluation.ofShippedKnowledgeBase().run(cases);

        System.out.println(report.summary());
    }

    @Test
    void dutchParaphrasesGetTheirEntry() {
        assertTrue(report.top1().get(Lang.NL) >= 0.90, report.summary());
    }

    @Test
    void englishParaphrasesGetTheirEntry() {
        assertTrue(report.top1().get(Lang.EN) >= 0.90, report.summary());
    }

    @Test
    void everydayAndNearMissQuestionsGetNoAnswer() {
        assertTrue(report.oodRejection() >= 0.85, report.summary());
    }

    @Test
    void fewConfidencesSitOnTheThreshold() {
        assertTrue(report.margins().nearThreshold() <= report.margins().measured() / 10, report.summary());
    }
}
