package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandFailureTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine command = FaqbotCommand.commandLine();
        command.setErr(new PrintWriter(err, true));
        return new Run(command.execute(args), err.toString());
    }

    @Test
    void missingCasesFileIsNamedInOneLineWithoutAStackTrace() {
        Path missing = dir.resolve("cases.jsonl");

        Run run = run("eval", missing.toString());

        assertEquals(1, run.exit());
        assertEquals("faqbot eval: no such file: " + missing + System.lineSeparator(), run.err());
    }

    @Test
    void missingKnowledgeBaseIsNamedInOneLineWithoutAStackTrace() {
        Path missing = dir.resolve("kb.json");

        Run run = run("ask", "--kb", missing.toString(), "How do I renew?");

        assertEquals(1, run.exit());
        assertEquals("faqbot ask: knowledge base " + missing + " does not exist" + System.lineSeparator(), run.err());
    }
}
