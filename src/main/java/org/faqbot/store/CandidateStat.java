package org.faqbot.store;

import java.util.Objects;

/**
 * How often the search offered an entry for a group of questions, and with what confidence.
 *
 * @param entryId        the entry
 * @param offered        how many of the group's questions had it among their candidates
 * @param meanConfidence its mean confidence over those questions, in [0,1]
 */
public record CandidateStat(String entryId, int offered, double meanConfidence) {

    public CandidateStat {
        Objects.requireNonNull(entryId, "entryId");
    }
}
