package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the longest of overlapping mentions: "maandag 3 mei" wins over "maandag" and "3 mei", "next
 * week Monday" over "next week". Of two equally long ones, the earlier wins.
 */
final class OverlapResolver {

    private static final Comparator<DateMention> LONGEST_FIRST = Comparator
            .comparingInt((DateMention mention) -> mention.end() - mention.start()).reversed()
            .thenComparingInt(DateMention::start);

    private OverlapResolver() {
    }

    /** The mentions that survive, in text order. */
    static List<DateMention> resolve(List<DateMention> candidates) {
        List<DateMention> sorted = new ArrayList<>(candidates);
        sorted.sort(LONGEST_FIRST);
        List<DateMention> kept = new ArrayList<>();
        for (DateMention candidate : sorted) {
            if (kept.stream().noneMatch(mention -> overlaps(mention, candidate))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(kept);
    }

    private static boolean overlaps(DateMention a, DateMention b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
