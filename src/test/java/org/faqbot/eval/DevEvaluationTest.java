package org.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality bar on the development cases: answers, rejections and languages. */
class DevEvaluationTest {

    private static DevEvaluation.Report report;

    @BeforeAll
    static void runEvaluation() {
        List<EvalCase> cases = EvalCase.loadAll();

        report = DevEvaluation.ofShippedKnowledgeBase().run(cases);

        System.out.println(report.summary());
    }

    @Test
    void dutchFaqQuestionsGetTheirEntry() {
        assertTrue(report.top1().get(Lang.NL) >= 0.95, report.summary());
    }

    @Test
    void englishFaqQuestionsGetTheirEntry() {
        assertTrue(report.top1().get(Lang.EN) >= 0.95, report.summary());
    }

    @Test
    void outOfDomainQuestionsGetNoAnswer() {
        assertTrue(report.oodRejection() >= 0.90, report.summary());
    }

    @Test
    void everyMessageIsDetectedInItsLanguage() {
        assertTrue(report.languageMisses() <= report.caseCount() / 100, report.summary());
    }
}
