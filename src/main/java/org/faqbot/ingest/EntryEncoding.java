package org.faqbot.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.search.EntryTexts;
import org.faqbot.search.TextEncoder;

/**
 * Computes the dense vectors of a knowledge base's entries. Incremental: an entry whose texts and model
 * are unchanged (same {@link EntryTexts#hash} and {@link EntryTexts#chunkHash}) keeps the vectors it had,
 * so re-ingesting after a docs update encodes only the pages that changed (encoding is 40 ms an entry,
 * parsing a page 1 ms).
 */
public final class EntryEncoding {

    /** Told after every entry: how many are done, of how many, and the estimated time left. */
    public interface Progress {
        void update(int done, int total, Duration left);

        Progress NONE = (done, total, left) -> {
        };
    }

    /** What an encoding run did, for the ingest summary. */
    public record Summary(EntryVectors vectors, int encoded, int reused, Duration took) {
    }

    private EntryEncoding() {
    }

    /**
     * Vectors for every entry of {@code kb}: those of {@code previous} whose hash still matches, the rest
     * encoded by {@code encoder}. Previous vectors of another model are ignored, never mixed in.
     */
    public static Summary run(KnowledgeBase kb, TextEncoder encoder, Optional<EntryVectors> previous, Progress progress,
            Clock clock) {
        return run(kb, encoder, previous, progress, clock, 1);
    }

    /**
     * As {@link #run(KnowledgeBase, TextEncoder, Optional, Progress, Clock)}, with {@code workers} entries
     * encoded at a time: an ONNX Runtime session takes concurrent runs, and a one-thread run per core uses
     * the cores better than one run over all of them (the whole corpus is about 20,000 texts). The vectors
     * are the same whatever the number of workers; progress is told in the calling thread.
     */
    public static Summary run(KnowledgeBase kb, TextEncoder encoder, Optional<EntryVectors> previous, Progress progress,
            Clock clock, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        }
        long start = clock.millis();
        Map<String, EntryVectors.Item> items = new HashMap<>();
        List<FaqEntry> toEncode = new java.util.ArrayList<>();
        EntryVectors old = previous.filter(p -> p.model().equals(encoder.model()) && p.dimensions() == encoder.dimensions())
                .orElse(EntryVectors.empty(encoder.model(), encoder.dimensions()));
        Map<String, EntryVectors.Item> fieldsKept = new HashMap<>();
        for (FaqEntry entry : kb.entries()) {
            String hash = EntryTexts.hash(encoder.model(), entry);
            String chunkHash = EntryTexts.chunkHash(encoder.model(), entry);
            Optional<EntryVectors.Item> kept = old.get(entry.id()).filter(item -> item.hash().equals(hash));
            if (kept.isPresent() && kept.get().chunkHash().equals(chunkHash)) {
                items.put(entry.id(), kept.get());
            } else {
                kept.ifPresent(item -> fieldsKept.put(entry.id(), item));
                toEncode.add(entry);
            }
        }
        long encodeStart = clock.millis();
        Encoded encoded = (id, item, done) -> {
            items.put(id, item);
            long elapsed = clock.millis() - encodeStart;
            progress.update(done, toEncode.size(), Duration.ofMillis(elapsed * (toEncode.size() - done) / done));
        };
        if (workers == 1 || toEncode.size() < 2) {
            for (int i = 0; i < toEncode.size(); i++) {
                FaqEntry entry = toEncode.get(i);
                encoded.accept(entry.id(), encodeOne(encoder, entry, fieldsKept), i + 1);
            }
        } else {
            encodeInParallel(toEncode, encoder, fieldsKept, workers, encoded);
        }
        EntryVectors vectors = new EntryVectors(encoder.model(), encoder.dimensions(), items);
        return new Summary(vectors, toEncode.size(), kb.size() - toEncode.size(), Duration.ofMillis(clock.millis() - start));
    }

    /** An entry's vectors, {@code done} being how many entries are finished with it. */
    private interface Encoded {
        void accept(String id, EntryVectors.Item item, int done);
    }

    /**
     * An entry's vectors. An entry whose texts are unchanged but whose chunks were never encoded (a file of
     * format 1) gets its chunks only.
     */
    private static EntryVectors.Item encodeOne(TextEncoder encoder, FaqEntry entry, Map<String, EntryVectors.Item> fieldsKept) {
        EntryVectors.Item kept = fieldsKept.get(entry.id());
        return kept != null ? EntryTexts.withChunks(encoder, entry, kept) : EntryTexts.encode(encoder, entry);
    }

    private static void encodeInParallel(List<FaqEntry> toEncode, TextEncoder encoder, Map<String, EntryVectors.Item> fieldsKept,
            int workers, Encoded encoded) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, toEncode.size()), runnable -> {
            Thread thread = new Thread(runnable, "encode");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Map.Entry<String, EntryVectors.Item>> done = new ExecutorCompletionService<>(pool);
            for (FaqEntry entry : toEncode) {
                done.submit(() -> Map.entry(entry.id(), encodeOne(encoder, entry, fieldsKept)));
            }
            for (int i = 0; i < toEncode.size(); i++) {
                Map.Entry<String, EntryVectors.Item> next = done.take().get();
                encoded.accept(next.getKey(), next.getValue(), i + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding the entries", e);
        } catch (ExecutionException e) {
            // The first entry that failed ends the run, as it does when encoding one at a time.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("encoding an entry failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
