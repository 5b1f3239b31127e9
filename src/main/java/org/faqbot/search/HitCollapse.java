package org.faqbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.faqbot.kb.FaqEntry;

/**
 * Turns ranked candidates into a {@link SearchResult}: one hit per distinct question ({@link DuplicateKey}), the
 * entry each document's hit shows, and the home pages' rule for a question about another thing.
 */
final class HitCollapse {

    /** Each document's {@link DuplicateKey}, computed once: normalising text per search was a hot spot. */
    private final String[] duplicateKeyByDoc;
    /**
     * The {@link DuplicateKey} of each entry a document holds or shows, by identity: the home tier compares the hits of two
     * searches by key, and made each hit's key anew (a fortieth of a whole-corpus reply's own work).
     */
    private final Map<FaqEntry, String> keyByEntry = new IdentityHashMap<>();
    /** The entry each document's hit shows: its own, or for one that says nothing its page's next section ({@link StandIns}). */
    private final FaqEntry[] shownByDoc;
    private final List<String> homePages;
    private final int maxHits;

    HitCollapse(FaqEntry[] entryByDoc, FaqEntry[] standInByDoc, SearchSettings settings) {
        this.shownByDoc = new FaqEntry[entryByDoc.length];
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            shownByDoc[doc] = standInByDoc[doc] != null ? standInByDoc[doc] : entryByDoc[doc];
        }
        this.duplicateKeyByDoc = Arrays.stream(shownByDoc).map(e -> e == null ? "" : DuplicateKey.of(e)).toArray(String[]::new);
        for (int doc = 0; doc < entryByDoc.length; doc++) {
            if (shownByDoc[doc] != null) {
                keyByEntry.put(shownByDoc[doc], duplicateKeyByDoc[doc]);
            }
            if (entryByDoc[doc] != null) {
                keyByEntry.computeIfAbsent(entryByDoc[doc], DuplicateKey::of);
            }
        }
        this.homePages = settings.homePages();
        this.maxHits = settings.maxHits();
    }

    /** The {@link DuplicateKey} of the document's shown entry: documents with the same key are one question. */
    String key(int doc) {
        return duplicateKeyByDoc[doc];
    }

    /** The {@link DuplicateKey} of {@code entry}: looked up for this index's entries, made for any other. */
    String key(FaqEntry entry) {
        String key = keyByEntry.get(entry);
        return key != null ? key : DuplicateKey.of(entry);
    }

    /** The {@link DuplicateKey}s of {@code docs}. */
    Set<String> keys(Set<Integer> docs) {
        return docs.isEmpty() ? Set.of() : docs.stream().map(doc -> duplicateKeyByDoc[doc]).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The hits of {@code ranked}, answering from {@code threshold} on and worth suggesting from {@code suggestionFloor}; when the question is about another thing than
     * the home pages' ({@link OtherThings}), a home-page entry (or another page's copy of one) does not answer it at any
     * confidence ("When can I renew my membership?" is no answer to a gym membership); a name of no page's
     * ({@code noPagesName}, "a refund from AWS") makes no entry of any page answer it. A first hit whose question is
     * one of {@code lacking} (a home entry without the question's specific word, {@link LackingThing}) goes, with the
     * others of them, after the rest: the pages that hold the word answer or are the suggestions.
     */
    SearchResult result(List<ScoredCandidate> ranked, double threshold, double suggestionFloor, boolean near, Optional<String> otherThing,
            Optional<String> noPagesName, Set<String> lacking) {
        List<Hit> hits = collapse(ranked);
        // Most searches lack nothing, and a hit's key is normalised text made anew for each hit.
        if (!hits.isEmpty() && !lacking.isEmpty() && lacking.contains(key(hits.get(0).entry()))) {
            List<Hit> reordered = new ArrayList<>(hits.stream().filter(hit -> !lacking.contains(key(hit.entry()))).toList());
            hits.stream().filter(hit -> lacking.contains(key(hit.entry()))).forEach(reordered::add);
            hits = reordered;
        }
        boolean homeFirst = !hits.isEmpty() && isHome(hits.get(0));
        return new SearchResult(hits.subList(0, Math.min(maxHits, hits.size())), threshold, near,
                homeFirst ? otherThing.or(() -> noPagesName) : noPagesName, suggestionFloor);
    }

    /** Whether the hit is an entry of a home page, or the same question as one (another page may repeat it). */
    private boolean isHome(Hit hit) {
        return homePages.contains(hit.entry().page()) || hit.alsoIn().stream().anyMatch(e -> homePages.contains(e.page()));
    }

    /** Hits in confidence order, one per distinct question; the other duplicates become "also in". */
    private List<Hit> collapse(List<ScoredCandidate> ranked) {
        Map<String, List<ScoredCandidate>> byQuestion = new LinkedHashMap<>();
        for (ScoredCandidate candidate : ranked) {
            byQuestion.computeIfAbsent(duplicateKeyByDoc[candidate.candidate().doc()], k -> new ArrayList<>()).add(candidate);
        }
        List<Hit> hits = new ArrayList<>(byQuestion.size());
        for (List<ScoredCandidate> same : byQuestion.values()) {
            // Entries with the same question answer it alike; the first in knowledge-base order stands for
            // them all, so the same question gets the same entry whichever page's wording scored best.
            List<FaqEntry> members = same.stream().sorted(Comparator.comparingInt(c -> c.candidate().doc()))
                    .map(c -> shownByDoc[c.candidate().doc()]).distinct().toList();
            hits.add(new Hit(members.get(0), same.get(0).confidence(), members.subList(1, members.size())));
        }
        return hits;
    }
}
