package org.faqbot.search;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A question's encoding, made at most once per search and shared by the tiers of a {@link FaqIndex#tiered} index, with
 * what the whole knowledge base's search tells the home tier about the question.
 */
final class QueryEncoding {

    private DenseSide.QueryVectors vectors;
    /** A search of the cheap stages alone ({@link FaqIndex#searchCheaply}): the encoder is not run. */
    private final boolean cheapOnly;
    /** Whether a cheap-only search reached the encoder's stage: neither cheap stage was sure. */
    private boolean wanted;

    /** The questions of home entries that the whole knowledge base's search found lacking the question's thing ({@link LackingThing}). */
    private final Set<String> lacking = new HashSet<>();

    /** Each tier's cheap stages for the question, kept so that no stage runs twice ({@link #resumed}). */
    private final Map<SearchCascade, SearchCascade.CheapStages> stages;

    QueryEncoding() {
        this(false);
    }

    QueryEncoding(boolean cheapOnly) {
        this(cheapOnly, new IdentityHashMap<>());
    }

    private QueryEncoding(boolean cheapOnly, Map<SearchCascade, SearchCascade.CheapStages> stages) {
        this.cheapOnly = cheapOnly;
        this.stages = stages;
    }

    /**
     * A whole search of the same question after this cheap-only one: it may run the encoder, and it takes each tier's cheap
     * stages from this search. Nothing else carries over: a cheap-only search neither encodes nor notes lacking entries.
     */
    QueryEncoding resumed() {
        return new QueryEncoding(false, stages);
    }

    /** {@code cascade}'s cheap stages for the question, made by {@code make} the first time. */
    SearchCascade.CheapStages stages(SearchCascade cascade, Supplier<SearchCascade.CheapStages> make) {
        return stages.computeIfAbsent(cascade, c -> make.get());
    }

    /** Whether the encoder may be asked for; when not, notes that the search wanted it. */
    boolean allowed() {
        wanted |= cheapOnly;
        return !cheapOnly;
    }

    boolean wanted() {
        return wanted;
    }

    /** Whether the question was encoded: a search that was sure from its cheap stages never asks. */
    boolean encoded() {
        return vectors != null;
    }

    /** Notes the {@link DuplicateKey}s of home entries that a tier's search found lacking the question's thing. */
    void noteLacking(Set<String> keys) {
        lacking.addAll(keys);
    }

    /**
     * Whether a tier's search found the entry of {@code key} lacking the question's thing: the home tier, which knows its
     * own pages only, cannot tell.
     */
    boolean lacking(String key) {
        return lacking.contains(key);
    }

    DenseSide.QueryVectors get(Supplier<DenseSide.QueryVectors> encode) {
        if (vectors == null) {
            vectors = encode.get();
        }
        return vectors;
    }
}
