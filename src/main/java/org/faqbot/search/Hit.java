package org.faqbot.search;

import java.util.List;
import java.util.Objects;
import org.faqbot.kb.FaqEntry;

/**
 * One entry a search found.
 *
 * @param entry      the entry
 * @param confidence how sure the search is that the entry answers the question, in [0,1]; comparable
 *                   across questions, so one {@link SearchSettings#threshold() threshold} applies
 * @param alsoIn     other entries with the same question (pages repeat questions), collapsed into this
 *                   hit so they do not crowd out other suggestions; usually empty
 */
public record Hit(FaqEntry entry, double confidence, List<FaqEntry> alsoIn) {

    public Hit {
        Objects.requireNonNull(entry, "entry");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence + " for " + entry.id());
        }
        alsoIn = List.copyOf(alsoIn);
    }

    public Hit(FaqEntry entry, double confidence) {
        this(entry, confidence, List.of());
    }
}
