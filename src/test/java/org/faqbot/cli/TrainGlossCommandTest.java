package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainGlossCommandTest {

    private static final String PAGE = "faq-data/kb-source/partner-center/benefits-faq.md";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = FaqbotCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void writesTheTableWithAHeaderThatSaysHowToMakeItAgain() throws IOException {
        Path table = dir.resolve("gloss.tsv");

        int exit = run("train-gloss", PAGE, "--out", table.toString(), "--iterations", "3");

        List<String> lines = Files.readAllLines(table);
        assertEquals(0, exit, err.toString());
        assertTrue(lines.get(0).startsWith("# Dutch -> English word translations"), lines.get(0));
        assertTrue(lines.get(1).contains("made by: java -jar target/faqbot.jar train-gloss " + PAGE + " --out "
                + table.toString().replace('\\', '/') + " --iterations 3"), lines.get(1));
    }

    @Test
    void summaryGivesPairsVocabularyRoundsAndSamples() {
        run("train-gloss", PAGE, "--out", dir.resolve("gloss.tsv").toString());

        String summary = out.toString();
        assertTrue(summary.startsWith("train-gloss: ") && summary.contains(" pairs read (")
                && summary.contains(" English; 5 EM rounds; ") && summary.contains("  verlengen -> renew"), summary);
    }

    @Test
    void missingPagesFailWithTheirName() {
        int exit = run("train-gloss", dir.resolve("nothing-here").toString(), "--out", dir.resolve("gloss.tsv").toString());

        assertEquals(1, exit);
        assertTrue(err.toString().contains("nothing-here: no such file or folder"), err.toString());
    }
}
