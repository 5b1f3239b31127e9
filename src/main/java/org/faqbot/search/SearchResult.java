package org.faqbot.search;

import java.util.List;
import java.util.Optional;

/**
 * What a search found: distinct entries, best first, whatever their confidence, and the confidence at
 * or above which the first one answers (the fused search and the lexical search alone have their own).
 * The caller answers with the first hit when it reaches the threshold and otherwise offers the first
 * few as suggestions.
 *
 * @param near       whether the question is near the knowledge base's topics by meaning ({@link FusionModel#near}),
 *                   whatever the hits' confidence: its first hits are worth offering even when none of them has much
 *                   chance of being the answer; false when the encoder did not read the question
 * @param otherThing the thing the question is about when it is another than the home pages' ("gym membership") and
 *                   the best hit is a home-page entry: no hit answers then, at any confidence, and the home pages'
 *                   entries are no suggestions for it either
 * @param suggestionFloor the confidence below which the first hit is not worth suggesting on its chance alone: the
 *                   floor of the model whose probabilities the hits carry ({@link FusionModel#suggestionFloor}), as
 *                   {@code threshold} is its threshold
 */
public record SearchResult(List<Hit> hits, double threshold, boolean near, Optional<String> otherThing, double suggestionFloor) {

    public SearchResult {
        hits = List.copyOf(hits);
        java.util.Objects.requireNonNull(otherThing, "otherThing");
    }

    /** A result whose hits' chances are read against the floor of the models fitted before each carried its own. */
    public SearchResult(List<Hit> hits, double threshold, boolean near, Optional<String> otherThing) {
        this(hits, threshold, near, otherThing, FusionModel.DEFAULT_SUGGESTION_FLOOR);
    }

    /** A result that says nothing about the question's closeness or thing. */
    public SearchResult(List<Hit> hits, double threshold) {
        this(hits, threshold, false);
    }

    /** A result about the home pages' things, or another page's. */
    public SearchResult(List<Hit> hits, double threshold, boolean near) {
        this(hits, threshold, near, Optional.empty());
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 1);
    }

    /** Whether the first hit is worth suggesting on its own chance ({@link #suggestionFloor}). */
    public boolean topWorthSuggesting() {
        return top().map(hit -> hit.confidence() >= suggestionFloor).orElse(false);
    }

    /** The best hit, whatever its confidence. */
    public Optional<Hit> top() {
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    /** The best hit when its confidence reaches {@link #threshold()} and the question is about its thing: the answer to give. */
    public Optional<Hit> answer() {
        return otherThing.isPresent() ? Optional.empty() : top().filter(hit -> hit.confidence() >= threshold);
    }

    /** The first {@code n} hits (fewer when fewer were found): "did you mean" candidates. */
    public List<Hit> top(int n) {
        return hits.subList(0, Math.min(n, hits.size()));
    }
}
