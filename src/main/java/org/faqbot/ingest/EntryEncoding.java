package org.faqbot.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        for (int i = 0; i < toEncode.size(); i++) {
            FaqEntry entry = toEncode.get(i);
            // An entry whose texts are unchanged but whose chunks were never encoded (a file of format 1)
            // gets its chunks only.
            EntryVectors.Item kept = fieldsKept.get(entry.id());
            items.put(entry.id(), kept != null ? EntryTexts.withChunks(encoder, entry, kept) : EntryTexts.encode(encoder, entry));
            long elapsed = clock.millis() - encodeStart;
            long left = elapsed * (toEncode.size() - i - 1) / (i + 1);
            progress.update(i + 1, toEncode.size(), Duration.ofMillis(left));
        }
        EntryVectors vectors = new EntryVectors(encoder.model(), encoder.dimensions(), items);
        return new Summary(vectors, toEncode.size(), kb.size() - toEncode.size(), Duration.ofMillis(clock.millis() - start));
    }
}
