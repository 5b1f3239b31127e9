package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.VectorFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

    private static final Path DOCS = Path.of("faq-data/kb-source/partner-center");

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

    /** A batch of a few real pages, all good. */
    private Path batch(String... pages) throws IOException {
        Path batch = dir.resolve("batch/partner-center");
        Files.createDirectories(batch);
        Files.writeString(dir.resolve("batch/LICENSE"), "CC BY 4.0");
        for (String page : pages) {
            Files.copy(DOCS.resolve(page), batch.resolve(page));
        }
        return batch;
    }

    @Test
    void twoRunsOnTheSameInputWriteTheSameBytes() throws IOException {
        Path batch = batch("benefits-faq.md", "csp-overview.md", "reg-number-id.md");

        run("ingest", batch.toString(), "--out", dir.resolve("first.json").toString());
        run("ingest", batch.resolve("reg-number-id.md").toString(), batch.resolve("benefits-faq.md").toString(),
                batch.resolve("csp-overview.md").toString(), "--out", dir.resolve("second.json").toString());

        assertArrayEquals(Files.readAllBytes(dir.resolve("first.json")), Files.readAllBytes(dir.resolve("second.json")));
    }

    @Test
    void entriesEncodedSideBySideGetTheVectorsOfOneAtATime() throws IOException {
        Path batch = batch("benefits-faq.md", "reg-number-id.md");

        run("ingest", batch.toString(), "--out", dir.resolve("one/kb.json").toString(), "--encode-workers", "1");
        run("ingest", batch.toString(), "--out", dir.resolve("two/kb.json").toString(), "--encode-workers", "2");

        assertArrayEquals(Files.readAllBytes(dir.resolve("one/kb.vectors")), Files.readAllBytes(dir.resolve("two/kb.vectors")));
    }

    @Test
    void noEncodeWorkersIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path batch = batch("benefits-faq.md");

        int exit = run("ingest", batch.toString(), "--out", dir.resolve("kb.json").toString(), "--encode-workers", "0");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("--encode-workers must be 1 or more, got 0"), err.toString());
        assertFalse(Files.exists(dir.resolve("kb.json")));
    }

    @Test
    void outputHoldsNoAbsolutePaths() throws IOException {
        Path batch = batch("benefits-faq.md");

        run("ingest", batch.toAbsolutePath().toString(), "--out", dir.resolve("kb.json").toString());

        String json = Files.readString(dir.resolve("kb.json"));
        assertTrue(!json.contains(dir.toAbsolutePath().toString()) && !json.contains("/work/"), json);
    }

    @Test
    void badPageFailsTheRunWithItsFileAndLineWhileTheGoodPagesAreWritten() throws IOException {
        Path batch = batch("benefits-faq.md", "csp-overview.md");
        Path bad = batch.resolve("bad.md");
        Files.writeString(bad, "Just notes.\n");

        int exit = run("ingest", batch.toString(), "--out", dir.resolve("kb.json").toString());

        assertEquals(1, exit);
        assertTrue(err.toString().contains(bad + ":1: not a bilingual docs page: no <span data-ttu-id=\"...\"> pairs"), err.toString());
        KnowledgeBase kb = KnowledgeBaseJson.read(dir.resolve("kb.json"));
        assertEquals(List.of("benefits-faq", "csp-overview"),
                kb.entries().stream().map(FaqEntry::page).distinct().collect(Collectors.toList()));
    }

    @Test
    void summaryCountsPagesEntriesWarningsAndFailures() throws IOException {
        Path batch = batch("benefits-faq.md");
        Path out = dir.resolve("kb.json");

        int exit = run("ingest", batch.toString(), "--out", out.toString(), "--no-vectors");

        assertEquals(0, exit);
        assertTrue(this.out.toString().matches(
                "ingest: 1 pages, 10 entries \\(9 QA, 1 passages\\), 0 generic sections dropped, 0 warnings, 0 failures, "
                        + "\\d+ ms -> \\Q" + out + "\\E\\R"),
                this.out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void summaryCountsTheGenericQuestionsSectionsOfAnAnnouncementsPageItLeftOut() throws IOException {
        Path batch = dir.resolve("batch/partner-center/announcements");
        Files.createDirectories(batch);
        Files.writeString(dir.resolve("batch/LICENSE"), "CC BY 4.0");
        Files.copy(DOCS.resolve("announcements/2021-march.md"), batch.resolve("2021-march.md"));

        run("ingest", batch.toString(), "--out", dir.resolve("kb.json").toString(), "--no-vectors");

        assertTrue(this.out.toString().contains(", 15 generic sections dropped (\"Questions?\", \"Questions\"), "),
                this.out.toString());
    }

    @Test
    void writesVectorsBesideTheKnowledgeBaseAndReencodesOnlyChangedEntries() throws IOException {
        Path batch = batch("benefits-faq.md");
        Path out = dir.resolve("kb.json");

        assertEquals(0, run("ingest", batch.toString(), "--out", out.toString()));
        EntryVectors first = VectorFile.read(dir.resolve("kb.vectors"));
        assertEquals(10, first.size());
        assertTrue(this.out.toString().contains("vectors: 10 entries encoded, 0 unchanged kept"), this.out.toString());

        Path page = batch.resolve("benefits-faq.md");
        Files.writeString(page, Files.readString(page).replace("Use the following procedure to renew your benefits",
                "Follow these steps to renew your benefits"));
        this.out.getBuffer().setLength(0);
        assertEquals(0, run("ingest", batch.toString(), "--out", out.toString()));

        assertTrue(this.out.toString().contains("vectors: 1 entries encoded, 9 unchanged kept"), this.out.toString());
        EntryVectors second = VectorFile.read(dir.resolve("kb.vectors"));
        String changed = "benefits-faq#q-how-do-i-renew-my-benefits";
        assertFalse(Arrays.equals(first.get(changed).orElseThrow().vectors()[1], second.get(changed).orElseThrow().vectors()[1]));
        String kept = "benefits-faq#q-when-can-i-renew-my-membership";
        assertArrayEquals(first.get(kept).orElseThrow().vectors()[1], second.get(kept).orElseThrow().vectors()[1]);
    }

    @Test
    void moreThanFivePagesShowProgressOnStderr() throws IOException {
        Path batch = batch("benefits-faq.md", "csp-overview.md", "reg-number-id.md", "chip-users.md", "referrals.md",
                "pci-roles.md");

        run("ingest", batch.toString(), "--out", dir.resolve("kb.json").toString());

        assertTrue(err.toString().contains("ingest: 6/6 pages"), err.toString());
    }

    @Test
    void missingOutOptionIsAUsageError() {
        int exit = run("ingest", "x.md");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("Missing required option: '--out=<kb.json>'"), err.toString());
    }
}
