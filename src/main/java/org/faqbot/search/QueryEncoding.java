package org.faqbot.search;

import java.util.function.Supplier;

/** A question's encoding, made at most once per search and shared by the tiers of a {@link FaqIndex#tiered} index. */
final class QueryEncoding {

    private DenseSide.QueryVectors vectors;

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
