package org.faqbot.search;

import java.util.function.Supplier;

/** A question's encoding, made at most once per search and shared by the tiers of a {@link FaqIndex#tiered} index. */
final class QueryEncoding {

    private DenseSide.QueryVectors vectors;
    /** A search of the cheap stages alone ({@link FaqIndex#searchCheaply}): the encoder is not run. */
    private final boolean cheapOnly;
    /** Whether a cheap-only search reached the encoder's stage: neither cheap stage was sure. */
    private boolean wanted;

    QueryEncoding() {
        this(false);
    }

    QueryEncoding(boolean cheapOnly) {
        this.cheapOnly = cheapOnly;
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

    DenseSide.QueryVectors get(Supplier<DenseSide.QueryVectors> encode) {
        if (vectors == null) {
            vectors = encode.get();
        }
        return vectors;
    }
}
