package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.ReloadableAssistant;
import org.faqbot.kb.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Swaps in a new index when the knowledge-base file ({@code FAQBOT_KB}) changes. Polling the file's
 * modification time (every few seconds, by {@link #check}) works the same on every file system and
 * in containers, where file-change events are unreliable. A file that fails to load leaves the old
 * index answering and is logged; the next change is tried again. A file whose index is not expected to fit in
 * the heap beside the old one ({@link HeapRoom}) is not built at all, logged the same way: the heap bound is set
 * for one index, and a build that runs the heap out makes other threads' allocations fail too (the HTTP
 * dispatcher's among them). Should a build still run out ({@code FAQBOT_KB_RELOAD=force}, or a wrong estimate),
 * its {@link OutOfMemoryError} is caught here: a scheduled job that let it through would never run again, so
 * later changes were silently never loaded.
 */
final class KbReloader {

    private static final Logger LOG = LoggerFactory.getLogger(KbReloader.class);

    private final Path file;
    private final ReloadableAssistant assistant;
    private final Function<KnowledgeBase, FaqAssistant> build;
    private final Consumer<String> onFailure;
    private final Runnable afterSwap;
    private final HeapRoom room;
    private final boolean force;
    private FileTime loaded;

    KbReloader(Path file, ReloadableAssistant assistant, Function<KnowledgeBase, FaqAssistant> build) throws IOException {
        this(file, assistant, build, message -> { });
    }

    /** {@code onFailure} gets the message of each reload that failed (the dashboard's last errors). */
    KbReloader(Path file, ReloadableAssistant assistant, Function<KnowledgeBase, FaqAssistant> build,
            Consumer<String> onFailure) throws IOException {
        this(file, assistant, build, onFailure, StartupHeap::release);
    }

    /**
     * {@code afterSwap} runs once the new index answers, or once a build failed: building it leaves as much
     * garbage as the first load (and the old index is garbage too), so the heap gives it back as it does after
     * start ({@link StartupHeap#release}); without it the reload's heap stayed committed and resident.
     */
    KbReloader(Path file, ReloadableAssistant assistant, Function<KnowledgeBase, FaqAssistant> build,
            Consumer<String> onFailure, Runnable afterSwap) throws IOException {
        this(file, assistant, build, onFailure, afterSwap, HeapRoom.unchecked(), false);
    }

    /**
     * {@code room} judges each changed file before its core is built; with {@code force} every file is built
     * ({@code FAQBOT_KB_RELOAD=force}) and the room only keeps its measure up to date.
     */
    KbReloader(Path file, ReloadableAssistant assistant, Function<KnowledgeBase, FaqAssistant> build,
            Consumer<String> onFailure, Runnable afterSwap, HeapRoom room, boolean force) throws IOException {
        this.file = file;
        this.room = room;
        this.force = force;
        this.afterSwap = afterSwap;
        this.assistant = assistant;
        this.build = build;
        this.onFailure = onFailure;
        this.loaded = Files.getLastModifiedTime(file);
    }

    /** Reloads when the file changed since the last load; true when a new index was swapped in. */
    synchronized boolean check() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loaded)) {
                return false;
            }
            loaded = modified;
            long size = Files.size(file);
            if (!force) {
                HeapRoom.Estimate estimate = room.judge(size);
                if (!estimate.fits()) {
                    fail("could not reload " + file + ": " + estimate.describe() + " (raise -Xmx, or set "
                            + JobSettings.KB_RELOAD + "=force to build it anyway); the previous knowledge base keeps answering");
                    return false;
                }
            }
            long started = System.nanoTime();
            KnowledgeBase kb = KbSource.load(Optional.of(file), java.util.Map.of());
            try {
                assistant.swap(build.apply(kb));
            } finally {
                afterSwap.run();
            }
            room.loaded(size);
            LOG.info("reloaded {}: {} entries in {} ms", file, kb.size(), (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            fail("could not reload " + file + "; the previous knowledge base keeps answering: " + e.getMessage());
            return false;
        } catch (OutOfMemoryError e) {
            // What the failed build allocated is garbage now; the old index is whole and keeps answering.
            String message = "could not reload " + file + ": its index does not fit in the heap beside the one answering"
                    + " (raise -Xmx); the previous knowledge base keeps answering";
            fail(message);
            return false;
        }
    }

    private void fail(String message) {
        LOG.error(message);
        onFailure.accept(message);
    }
}
