package org.faqbot.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entries the bot answers from, in source order, with the attribution that ships with them.
 * Immutable and thread-safe; lookups by id and by short key are constant-time.
 */
public final class KnowledgeBase {

    /** Credit required by the docs' licence wherever their text ships. */
    public static final String DEFAULT_ATTRIBUTION =
            "Microsoft Partner Center documentation, © Microsoft, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

    private final String attribution;
    private final List<FaqEntry> entries;
    /** The entries' dense vectors when they were shipped with the knowledge base (a sidecar file). */
    private final Optional<EntryVectors> vectors;
    private final Map<String, FaqEntry> byId = new HashMap<>();
    private final Map<String, FaqEntry> byKey = new HashMap<>();

    public KnowledgeBase(String attribution, List<FaqEntry> entries) {
        this(attribution, entries, Optional.empty());
    }

    public KnowledgeBase(String attribution, List<FaqEntry> entries, Optional<EntryVectors> vectors) {
        this.attribution = Objects.requireNonNull(attribution, "attribution");
        this.entries = List.copyOf(entries);
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        for (FaqEntry entry : this.entries) {
            if (byId.put(entry.id(), entry) != null) {
                throw new IllegalArgumentException("duplicate entry id '" + entry.id() + "'");
            }
            FaqEntry clash = byKey.put(entry.key(), entry);
            if (clash != null) {
                throw new IllegalArgumentException(
                        "entries '" + clash.id() + "' and '" + entry.id() + "' share the key " + entry.key());
            }
        }
    }

    public static KnowledgeBase of(List<FaqEntry> entries) {
        return new KnowledgeBase(DEFAULT_ATTRIBUTION, entries);
    }

    /** The same entries with {@code vectors}, which the search then need not compute. */
    public KnowledgeBase withVectors(EntryVectors vectors) {
        return new KnowledgeBase(attribution, entries, Optional.of(vectors));
    }

    /** The entries' dense vectors, when they came with the knowledge base; they may cover only some entries. */
    public Optional<EntryVectors> vectors() {
        return vectors;
    }

    public String attribution() {
        return attribution;
    }

    /** All entries in source order. */
    public List<FaqEntry> entries() {
        return entries;
    }

    public Optional<FaqEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Finds an entry by its {@link FaqEntry#key() short key}. */
    public Optional<FaqEntry> findByKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public int size() {
        return entries.size();
    }
}
