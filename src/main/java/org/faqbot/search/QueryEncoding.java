package org.faqbot.search;

import java.util.function.Supplier;

/** A question's encoding, made at most once per search and shared by the tiers of a {@link FaqIndex#tiered} index. */
final class QueryEncoding {

    private DenseSide.QueryVectors vectors;

    DenseSide.QueryVectors get(Supplier<DenseSide.QueryVectors> encode) {
        if (vectors == null) {
            vectors = encode.get();
        }
        return vectors;
    }
}
