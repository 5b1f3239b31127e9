package org.faqbot.store;

import java.util.List;
import java.util.Objects;
import org.faqbot.kb.Lang;

/**
 * Unanswered questions that say the same thing, for the maintainers to consider as a new FAQ entry.
 *
 * @param lang          the questions' language
 * @param wording       the most common wording in the group, as a user typed it
 * @param count         how many times the group was asked
 * @param topCandidates the entries the search offered most often, most offered first (at most three)
 */
public record UnansweredGroup(Lang lang, String wording, int count, List<CandidateStat> topCandidates) {

    public UnansweredGroup {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(wording, "wording");
        topCandidates = List.copyOf(topCandidates);
    }
}
