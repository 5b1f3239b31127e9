package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.ReloadableAssistant;
import org.faqbot.dialog.ReplyType;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbReloaderTest {

    private static final String RENEW = "benefits-faq#q-how-do-i-renew-my-benefits";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2021-06-15");

    private FaqAssistant build(KnowledgeBase kb) {
        return FaqAssistant.create(kb, Stores.inMemory(), clock);
    }

    private Optional<String> answerToRenewQuestion(ReloadableAssistant bot) {
        var reply = bot.reply(IncomingMessage.of("c", "How do I renew my benefits?"));
        return reply.type() == ReplyType.FAQ ? reply.faqId() : Optional.empty();
    }

    private Path writeWithout(String removedId, long modifiedSeconds) throws IOException {
        List<FaqEntry> entries = TestAssistants.benefitsFaq().entries().stream().filter(e -> !e.id().equals(removedId)).toList();
        Path file = dir.resolve("kb.json");
        KnowledgeBaseJson.write(KnowledgeBase.of(entries), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(modifiedSeconds)));
        return file;
    }

    @Test
    void changedFileSwapsInTheNewIndex() throws IOException {
        Path file = writeWithout(RENEW, 1000);
        ReloadableAssistant bot = new ReloadableAssistant(build(KbSource.load(file)));
        KbReloader reloader = new KbReloader(file, bot, this::build);
        writeWithout("none", 2000);

        boolean reloaded = reloader.check();

        assertTrue(reloaded);
        assertEquals(Optional.of(RENEW), answerToRenewQuestion(bot));
    }

    @Test
    void unchangedFileIsNotReloaded() throws IOException {
        Path file = writeWithout(RENEW, 1000);
        KbReloader reloader = new KbReloader(file, new ReloadableAssistant(build(KbSource.load(file))), this::build);

        assertFalse(reloader.check());
    }

    @Test
    void brokenFileKeepsTheOldIndexAnswering() throws IOException {
        Path file = writeWithout("none", 1000);
        ReloadableAssistant bot = new ReloadableAssistant(build(KbSource.load(file)));
        KbReloader reloader = new KbReloader(file, bot, this::build);
        Files.writeString(file, "{ not json");
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(2000)));

        boolean reloaded = reloader.check();

        assertFalse(reloaded);
        assertEquals(Optional.of(RENEW), answerToRenewQuestion(bot));
    }

    @Test
    void aReloadGivesTheHeapBackOnceTheNewIndexAnswers() throws IOException {
        Path file = writeWithout(RENEW, 1000);
        ReloadableAssistant bot = new ReloadableAssistant(build(KbSource.load(file)));
        List<Optional<String>> answeredWhenReleased = new ArrayList<>();
        KbReloader reloader = new KbReloader(file, bot, this::build, message -> { },
                () -> answeredWhenReleased.add(answerToRenewQuestion(bot)));
        writeWithout("none", 2000);

        reloader.check();
        reloader.check();

        assertEquals(List.of(Optional.of(RENEW)), answeredWhenReleased);
    }

    @Test
    void anIndexTooBigForTheHeapKeepsTheOldOneAndTheNextChangeIsLoaded() throws IOException {
        Path file = writeWithout(RENEW, 1000);
        ReloadableAssistant bot = new ReloadableAssistant(build(KbSource.load(file)));
        List<String> failures = new ArrayList<>();
        int[] releases = {0};
        boolean[] heapFull = {true};
        KbReloader reloader = new KbReloader(file, bot, kb -> {
            if (heapFull[0]) {
                throw new OutOfMemoryError("Java heap space");
            }
            return build(kb);
        }, failures::add, () -> releases[0]++);
        writeWithout("none", 2000);

        boolean first = reloader.check();
        int releasedAfterTheFailure = releases[0];
        heapFull[0] = false;
        writeWithout("none", 3000);
        boolean second = reloader.check();

        assertFalse(first);
        assertEquals(1, releasedAfterTheFailure);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("-Xmx"), failures.get(0));
        assertTrue(second);
        assertEquals(Optional.of(RENEW), answerToRenewQuestion(bot));
    }

    /**
     * The corpus's case: the heap holds one core with little to spare. A file much bigger than the answering one
     * (whitespace here: the estimate goes by the file's size) is not built, the old index answers, and a later,
     * smaller change is loaded.
     */
    @Test
    void aMuchBiggerFileThanTheHeapCanHoldIsNotBuiltAndASmallerOneLaterIs() throws IOException {
        Path file = writeWithout("none", 1000);
        ReloadableAssistant bot = new ReloadableAssistant(build(KbSource.load(file)));
        long size = Files.size(file);
        // 50 MB of core for this file, 120 MB live of 180 MB: 60 MB to spare, 65 MB needed for the same size.
        HeapRoomTest.FixedHeap heap = new HeapRoomTest.FixedHeap(180, 120);
        List<String> failures = new ArrayList<>();
        int[] builds = {0};
        KbReloader reloader = new KbReloader(file, bot, kb -> {
            builds[0]++;
            return build(kb);
        }, failures::add, () -> { }, new HeapRoom(heap, 50 << 20, size), false);
        Path bigger = writeWithout(RENEW, 2000);
        Files.writeString(bigger, Files.readString(bigger) + " ".repeat((int) size * 2));
        Files.setLastModifiedTime(bigger, FileTime.from(Instant.ofEpochSecond(2000)));

        boolean refused = !reloader.check();
        Optional<String> answeredAfterTheRefusal = answerToRenewQuestion(bot);
        writeWithout(RENEW, 3000);
        boolean smallerLoaded = reloader.check();

        assertTrue(refused);
        assertEquals(Optional.of(RENEW), answeredAfterTheRefusal);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).matches("could not reload .*: its index needs about 1\\d\\d MB of heap beside the one answering and the heap"
                + " has 60 MB left of 180 MB \\(raise -Xmx, or set FAQBOT_KB_RELOAD=force to build it anyway\\); the previous knowledge"
                + " base keeps answering"), failures.get(0));
        assertTrue(smallerLoaded);
        assertEquals(1, builds[0], "only the smaller file was built");
        assertNotEquals(Optional.of(RENEW), answerToRenewQuestion(bot));
    }

    @Test
    void anOperatorCanForceAReloadTheEstimateRefuses() throws IOException {
        Path file = writeWithout(RENEW, 1000);
        ReloadableAssistant bot = new ReloadableAssistant(build(KbSource.load(file)));
        HeapRoom full = new HeapRoom(new HeapRoomTest.FixedHeap(180, 175), 50 << 20, Files.size(file));
        KbReloader reloader = new KbReloader(file, bot, this::build, message -> { }, () -> { }, full, true);
        writeWithout("none", 2000);

        assertTrue(reloader.check());
        assertEquals(Optional.of(RENEW), answerToRenewQuestion(bot));
    }
}
