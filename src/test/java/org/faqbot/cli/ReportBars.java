package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faqbot.dialog.Assistant;

/**
 * The regression tests' bars on an evaluation report: a figure below its bar fails with the whole table
 * and the misses, so the failure says what went wrong without a rerun.
 */
record ReportBars(EvalReport report) {

    /** The bars on {@code assistant}'s report on the cases of {@code file}; a missing file fails by name. */
    static ReportBars measure(Path file, Assistant assistant) throws IOException {
        assertTrue(Files.exists(file), file.toAbsolutePath() + " is missing: the tests need ../shared beside the project");
        return new ReportBars(new EvalReport(new Evaluator(assistant).run(EvalCase.read(file))));
    }

    void atLeast(double bar, double value, String what) {
        assertTrue(value >= bar, what + " " + value + " is below " + bar + "\n" + report.table() + report.missList());
    }
}
