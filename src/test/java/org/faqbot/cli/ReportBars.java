package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regression tests' bars on an evaluation report: a figure below its bar fails with the whole table
 * and the misses, so the failure says what went wrong without a rerun.
 */
record ReportBars(EvalReport report) {

    void atLeast(double bar, double value, String what) {
        assertTrue(value >= bar, what + " " + value + " is below " + bar + "\n" + report.table() + report.missList());
    }
}
