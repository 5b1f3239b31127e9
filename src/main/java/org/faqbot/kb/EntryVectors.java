package org.faqbot.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dense vectors of a knowledge base's entries, as one model made them: for each entry, one unit
 * vector per {@link #FIELDS field} (its question, its question with the answer, in each language),
 * its English answer's chunks, and hashes of the texts they were made from, so that a re-ingest
 * re-encodes only what changed.
 * Shipped beside the knowledge base ({@link VectorFile}); immutable.
 */
public final class EntryVectors {

    /** What each of an entry's vectors encodes, in the order of {@link Item#vectors()}. */
    public static final List<String> FIELDS = List.of("q_en", "qa_en", "q_nl", "qa_nl");

    /**
     * One entry's vectors.
     *
     * @param hash      a hash of the model and the texts encoded; unchanged text, unchanged hash
     * @param vectors   one per {@link #FIELDS field}, each of {@link #dimensions()} floats
     * @param chunkHash the hash of the model and the chunk texts; "" when the chunks were never encoded
     * @param chunks    the English answer in chunks of a few sentences, each with the entry's heading,
     *                  quantized (none for an entry stored before chunks were, or with an empty answer)
     */
    public record Item(String hash, float[][] vectors, String chunkHash, QuantizedVector[] chunks) {
        public Item {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(chunkHash, "chunkHash");
            Objects.requireNonNull(chunks, "chunks");
            if (vectors.length != FIELDS.size()) {
                throw new IllegalArgumentException("an entry needs " + FIELDS.size() + " vectors, got " + vectors.length);
            }
        }

        /** An entry's field vectors without chunks. */
        public Item(String hash, float[][] vectors) {
            this(hash, vectors, "", new QuantizedVector[0]);
        }

        /** These field vectors with other chunks. */
        public Item withChunks(String newChunkHash, QuantizedVector[] newChunks) {
            return new Item(hash, vectors, newChunkHash, newChunks);
        }
    }

    private final String model;
    private final int dimensions;
    private final Map<String, Item> byId;

    public EntryVectors(String model, int dimensions, Map<String, Item> byId) {
        this.model = Objects.requireNonNull(model, "model");
        if (dimensions <= 0) {
            throw new IllegalArgumentException("dimensions must be > 0, got " + dimensions);
        }
        this.dimensions = dimensions;
        for (var entry : byId.entrySet()) {
            for (int length : lengths(entry.getValue())) {
                if (length != dimensions) {
                    throw new IllegalArgumentException("entry '" + entry.getKey() + "' has a vector of " + length
                            + " values, expected " + dimensions);
                }
            }
        }
        this.byId = Map.copyOf(byId);
    }

    private static List<Integer> lengths(Item item) {
        List<Integer> lengths = new java.util.ArrayList<>();
        for (float[] vector : item.vectors()) {
            lengths.add(vector.length);
        }
        for (QuantizedVector chunk : item.chunks()) {
            lengths.add(chunk.dimensions());
        }
        return lengths;
    }

    public static EntryVectors empty(String model, int dimensions) {
        return new EntryVectors(model, dimensions, new HashMap<>());
    }

    /** The model that made the vectors, with its version: {@code bge-small-en-v1.5-q 1.11.0-beta19}. */
    public String model() {
        return model;
    }

    public int dimensions() {
        return dimensions;
    }

    public Optional<Item> get(String entryId) {
        return Optional.ofNullable(byId.get(entryId));
    }

    public Map<String, Item> items() {
        return byId;
    }

    public int size() {
        return byId.size();
    }

    /** True when every entry of {@code kb} has vectors. */
    public boolean covers(KnowledgeBase kb) {
        return kb.entries().stream().allMatch(e -> byId.containsKey(e.id()));
    }
}
