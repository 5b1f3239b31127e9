package org.faqbot.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vectors a hybrid index is built with: those shipped with the knowledge base, checked to come
 * from the model the fusion was fitted with, and for entries without stored vectors (a page ingested
 * on the fly, a knowledge base built in code) vectors encoded now, when the encoder is there.
 */
final class EntryVectorSource {

    private static final Logger LOG = LoggerFactory.getLogger(EntryVectorSource.class);

    private EntryVectorSource() {
    }

    static EntryVectors vectors(KnowledgeBase kb, FaqIndex.Dense dense) {
        String model = dense.model().model();
        Map<String, EntryVectors.Item> items = new HashMap<>();
        if (kb.vectors().isPresent()) {
            EntryVectors stored = kb.vectors().get();
            if (!stored.model().equals(model)) {
                throw new IllegalArgumentException("the knowledge base's vectors were made by '" + stored.model()
                        + "', but this faqbot searches with '" + model + "': re-run 'faqbot ingest' to encode them again");
            }
            items.putAll(stored.items());
        }
        int missing = (int) kb.entries().stream().filter(e -> !items.containsKey(e.id())).count();
        if (missing == 0) {
            return new EntryVectors(model, dimensions(items), items);
        }
        Optional<TextEncoder> encoder = dense.encoder().get().filter(e -> e.model().equals(model));
        if (encoder.isEmpty()) {
            LOG.warn("{} of {} entries have no vectors and the encoder is not there: the search finds them by their words only",
                    missing, kb.size());
            return new EntryVectors(model, Math.max(1, dimensions(items)), items);
        }
        long start = System.nanoTime();
        for (FaqEntry entry : kb.entries()) {
            if (!items.containsKey(entry.id())) {
                items.put(entry.id(), EntryTexts.encode(encoder.get(), entry));
            }
        }
        if (missing > 20) {
            LOG.info("encoded {} entries without stored vectors in {} ms (store them with 'faqbot ingest')", missing,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return new EntryVectors(model, encoder.get().dimensions(), items);
    }

    private static int dimensions(Map<String, EntryVectors.Item> items) {
        return items.values().stream().findFirst().map(item -> item.vectors()[0].length).orElse(1);
    }
}
