package org.faqbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One Dutch word of the gloss table with its English translations, most probable first.
 *
 * @param dutch        the word, as {@link GlossWords#words} cuts it
 * @param count        how often it occurs in the Dutch text the table was trained on (compound parts included)
 * @param translations its English words with t(english | dutch); empty when none is likely enough or
 *                     they are all function words ("de": "the")
 */
public record GlossEntry(String dutch, int count, List<Translation> translations) {

    /** Most probable first; equal ones alphabetically, so a table always reads and writes the same. */
    private static final Comparator<Translation> ORDER =
            Comparator.comparingDouble(Translation::probability).reversed().thenComparing(Translation::english);

    public GlossEntry {
        Objects.requireNonNull(dutch, "dutch");
        if (dutch.isEmpty()) {
            throw new IllegalArgumentException("empty Dutch word");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count of \"" + dutch + "\" is " + count + ", must be at least 1");
        }
        List<Translation> sorted = new ArrayList<>(translations);
        sorted.sort(ORDER);
        translations = List.copyOf(sorted);
    }

    /**
     * An English word and the probability t(english | dutch) that the Dutch word is translated by it.
     *
     * @param probability in (0, 1]
     */
    public record Translation(String english, double probability) {

        public Translation {
            Objects.requireNonNull(english, "english");
            if (english.isEmpty()) {
                throw new IllegalArgumentException("empty English word");
            }
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability of \"" + english + "\" is " + probability
                        + ", must be in (0, 1]");
            }
        }
    }
}
