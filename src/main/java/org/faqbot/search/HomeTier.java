package org.faqbot.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * The home pages' tier of a {@link FaqIndex#tiered} index, and the rule that makes one result of the two
 * searches: another page's answer from the whole knowledge base stands, and so does a home-page answer it
 * was sure of without the encoder; otherwise the home pages' own answer, when they have one, comes first;
 * with neither, the whole knowledge base's suggestions.
 */
final class HomeTier {

    /**
     * How many times the home tier's entry's confidence in the whole search another page's first hit must have for the
     * home answer to give way. The Benefits FAQ's right home answers that the whole search put behind another page had up
     * to 3.8 times less (dev-cases against the corpus, a Visual Studio activation); the wrong ones seen, 9 and 86 times.
     */
    static final double FAR_BELOW = 6;

    private final FaqIndex home;
    private final List<String> homePages;
    private final int maxHits;
    /** Each entry's {@link DuplicateKey}, looked up rather than made for every hit of both searches. */
    private final Function<FaqEntry, String> keys;

    HomeTier(FaqIndex home, List<String> homePages, int maxHits, Function<FaqEntry, String> keys) {
        this.home = home;
        this.homePages = List.copyOf(homePages);
        this.maxHits = maxHits;
        this.keys = keys;
    }

    /** The result for {@code question}, given the whole knowledge base's {@code all}. */
    SearchResult combine(String question, Lang lang, SearchResult all, QueryEncoding encoding) {
        Optional<Hit> answer = all.answer();
        // A home-page answer the whole search was sure of without the encoder (the lexical side or the words stage,
        // each trusted only from where it had every fitting question right) stands too: the home tier gave the same
        // figures on every evaluation file with this shortcut, and it saves a search that would often run the encoder.
        if (answer.isPresent() && (!homePages.contains(answer.get().entry().page()) || !encoding.encoded())) {
            return all;
        }
        SearchResult own = home.search(question, lang, encoding);
        // A home answer without the question's specific word, which other pages hold ("invoice" for the Benefits FAQ's
        // download entry), does not stand: the whole search has put those pages first (LackingThing).
        return own.answer().isPresent() && !anotherPageLeads(all, own.answer().get())
                && !encoding.lacking(keys.apply(own.answer().get().entry())) ? withHomeFirst(own, all) : all;
    }

    /**
     * Whether the whole search points to another page and hardly to the home tier's answer: its first hit is another
     * page's entry worth suggesting, and the home tier's entry is none of its hits or has under a {@link #FAR_BELOW}th of
     * that hit's confidence. The home pages' model knows only its own ten entries, so a question about another topic of
     * the corpus (multi-factor sign-in for the account's users) still finds its nearest home entry (Visual Studio's
     * activation in Partner Center) and may pass the home threshold on its lead over the nine others alone; the corpus's
     * model, which weighs the home page's entries too, then ranks that entry below five others, or far below another
     * page's section (the rules for a customer's bulk user file at 0.41, the Benefits FAQ's Azure Bulk Credit users at
     * 0.045, which the home tier answered at 0.87).
     */
    private boolean anotherPageLeads(SearchResult all, Hit homeAnswer) {
        if (all.hits().isEmpty() || isHome(all.hits().get(0)) || !all.topWorthSuggesting()) {
            return false;
        }
        String key = keys.apply(homeAnswer.entry());
        double farBelow = all.hits().get(0).confidence() / FAR_BELOW;
        return all.hits().stream().noneMatch(hit -> keys.apply(hit.entry()).equals(key) && hit.confidence() >= farBelow);
    }

    private boolean isHome(Hit hit) {
        return homePages.contains(hit.entry().page()) || hit.alsoIn().stream().anyMatch(e -> homePages.contains(e.page()));
    }

    /**
     * The home tier's hits, each with the "also on" pages the whole knowledge base found for it, then the
     * whole knowledge base's other hits as further suggestions.
     */
    private SearchResult withHomeFirst(SearchResult own, SearchResult all) {
        Map<String, Hit> byKey = new LinkedHashMap<>();
        for (Hit hit : all.hits()) {
            byKey.put(keys.apply(hit.entry()), hit);
        }
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : own.hits()) {
            Hit same = byKey.remove(keys.apply(hit.entry()));
            List<FaqEntry> alsoIn = same == null ? hit.alsoIn()
                    : Stream.concat(Stream.of(same.entry()), same.alsoIn().stream()).filter(e -> !e.id().equals(hit.entry().id())).toList();
            hits.add(new Hit(hit.entry(), hit.confidence(), alsoIn));
        }
        hits.addAll(byKey.values());
        return new SearchResult(hits.subList(0, Math.min(maxHits, hits.size())), own.threshold(), own.near() || all.near(),
                Optional.empty(), own.suggestionFloor());
    }
}
