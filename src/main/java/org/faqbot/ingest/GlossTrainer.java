package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;
import org.faqbot.search.GlossEntry;
import org.faqbot.search.GlossTable;
import org.faqbot.search.GlossWords;

/**
 * Learns the Dutch-to-English gloss table ({@link GlossTable}) from sentence pairs: cuts them into words
 * ({@link GlossCorpus}), trains {@link IbmModel1} on them, and keeps for each Dutch word seen at least
 * {@code minCount} times its most probable English words. Stop words are left out on both sides of the
 * table, though not of the training: English function words must have Dutch words (or the empty word)
 * to come from, or they would stick to the content words.
 *
 * <pre>
 * GlossTraining training = GlossTrainer.train(Ingest.plainPairs(pages, failures::add), GlossTrainer.Settings.DEFAULT);
 * </pre>
 */
public final class GlossTrainer {

    /**
     * How to train and what to keep.
     *
     * @param iterations      rounds of EM; the table changes little after five
     * @param minCount        occurrences a Dutch word needs to be in the table; once is too few to tell
     *                        its translation from the words it happened to stand beside
     * @param minProbability  the least t(english | dutch) kept
     * @param maxTranslations the most English words kept per Dutch word
     */
    public record Settings(int iterations, int minCount, double minProbability, int maxTranslations) {

        public static final Settings DEFAULT = new Settings(5, 2, 0.1, 3);

        public Settings {
            if (iterations < 1 || minCount < 1 || !(minProbability > 0 && minProbability <= 1) || maxTranslations < 1) {
                throw new IllegalArgumentException("iterations, minCount and maxTranslations must be at least 1 and "
                        + "minProbability in (0, 1]: " + iterations + ", " + minCount + ", " + minProbability + ", "
                        + maxTranslations);
            }
        }

        /** The settings with another number of EM rounds. */
        public Settings withIterations(int rounds) {
            return new Settings(rounds, minCount, minProbability, maxTranslations);
        }
    }

    private static final Comparator<GlossEntry.Translation> MOST_PROBABLE_FIRST = Comparator
            .comparingDouble(GlossEntry.Translation::probability).reversed()
            .thenComparing(GlossEntry.Translation::english);

    private GlossTrainer() {
    }

    /** Trains on {@code pairs} (Dutch beside English, plain text). */
    public static GlossTraining train(List<Bilingual> pairs, Settings settings) {
        GlossCorpus corpus = GlossCorpus.of(pairs, settings.minCount());
        IbmModel1 model = IbmModel1.train(corpus, settings.iterations());
        GlossTable table = GlossTable.of(entries(corpus, model, settings));
        return new GlossTraining(table, corpus.size(), corpus.dutchWords().size() - 1, corpus.englishWords().size(),
                settings, model.logLikelihoods());
    }

    private static List<GlossEntry> entries(GlossCorpus corpus, IbmModel1 model, Settings settings) {
        Set<String> dutchStopWords = GlossWords.stopWords(Lang.NL);
        WordIds dutch = corpus.dutchWords();
        List<GlossEntry> entries = new ArrayList<>();
        for (int id = GlossCorpus.NULL + 1; id < dutch.size(); id++) {
            if (dutch.count(id) >= settings.minCount() && !dutchStopWords.contains(dutch.word(id))) {
                List<GlossEntry.Translation> translations = translations(model.translations(id), corpus.englishWords(), settings);
                entries.add(new GlossEntry(dutch.word(id), dutch.count(id), translations));
            }
        }
        return entries;
    }

    /** The likely candidates that are not stop words, most probable first, at most {@code maxTranslations}. */
    private static List<GlossEntry.Translation> translations(List<IbmModel1.WordProbability> candidates,
            WordIds english, Settings settings) {
        Set<String> englishStopWords = GlossWords.stopWords(Lang.EN);
        List<GlossEntry.Translation> kept = new ArrayList<>();
        for (IbmModel1.WordProbability candidate : candidates) {
            String word = english.word(candidate.english());
            if (candidate.probability() >= settings.minProbability() && !englishStopWords.contains(word)) {
                // Rounded as the table writes it, so a table read back holds the same numbers.
                kept.add(new GlossEntry.Translation(word, Math.round(candidate.probability() * 1000) / 1000.0));
            }
        }
        kept.sort(MOST_PROBABLE_FIRST);
        return kept.subList(0, Math.min(kept.size(), settings.maxTranslations()));
    }
}
