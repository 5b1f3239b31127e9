package org.faqbot.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.faqbot.kb.Lang;

/**
 * The 👎 and 👍 one entry got in one language.
 *
 * @param lang    the language of the answers
 * @param entryId the entry
 * @param down    how many 👎
 * @param up      how many 👍
 */
public record FeedbackCount(Lang lang, String entryId, int down, int up) {

    public FeedbackCount {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(entryId, "entryId");
    }

    /** Counts per language and entry, for entries with at least one 👎: most 👎 first, then fewest 👍. */
    static List<FeedbackCount> mostDisliked(List<Feedback> feedback) {
        Map<String, FeedbackCount> counts = new TreeMap<>();
        for (Feedback f : feedback) {
            counts.merge(f.lang().code() + " " + f.entryId(),
                    new FeedbackCount(f.lang(), f.entryId(), f.helpful() ? 0 : 1, f.helpful() ? 1 : 0),
                    FeedbackCount::plus);
        }
        return counts.values().stream()
                .filter(c -> c.down() > 0)
                .sorted(Comparator.comparingInt(FeedbackCount::down).reversed()
                        .thenComparingInt(FeedbackCount::up)
                        .thenComparing(FeedbackCount::entryId))
                .toList();
    }

    private FeedbackCount plus(FeedbackCount other) {
        return new FeedbackCount(lang, entryId, down + other.down, up + other.up);
    }
}
