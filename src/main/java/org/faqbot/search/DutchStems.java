package org.faqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Glosses a Dutch inflection the table lacks by the table's words with the same Snowball stem: "verleng"
 * by "verlengen", "verlenging" and "verlengd" (all "verleng"), their translations weighed by how often
 * each word occurs. Immutable and thread-safe: each lookup stems with a stemmer of its own, as Snowball
 * stemmers keep state.
 */
final class DutchStems {

    private final Map<String, GlossEntry> byStem;

    private DutchStems(Map<String, GlossEntry> byStem) {
        this.byStem = Map.copyOf(byStem);
    }

    static DutchStems of(GlossTable table) {
        Map<String, List<GlossEntry>> words = new HashMap<>();
        DutchStemmer stemmer = new DutchStemmer();
        for (GlossEntry entry : table.entries()) {
            words.computeIfAbsent(stem(stemmer, entry.dutch()), stem -> new ArrayList<>()).add(entry);
        }
        Map<String, GlossEntry> byStem = new HashMap<>();
        words.forEach((stem, entries) -> byStem.put(stem, merged(stem, entries)));
        return new DutchStems(byStem);
    }

    /** The table's words with {@code word}'s stem as one entry. */
    Optional<GlossEntry> entry(String word) {
        return Optional.ofNullable(byStem.get(stem(new DutchStemmer(), word)));
    }

    /** One entry for all of {@code entries}: t(english | stem) is the count-weighted mean of their t. */
    private static GlossEntry merged(String stem, List<GlossEntry> entries) {
        int count = entries.stream().mapToInt(GlossEntry::count).sum();
        Map<String, Double> probabilities = new HashMap<>();
        for (GlossEntry entry : entries) {
            entry.translations().forEach(t ->
                    probabilities.merge(t.english(), t.probability() * entry.count() / count, Double::sum));
        }
        List<GlossEntry.Translation> translations = new ArrayList<>();
        probabilities.forEach((english, probability) -> translations.add(new GlossEntry.Translation(english, probability)));
        return new GlossEntry(stem, count, translations);
    }

    private static String stem(DutchStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
