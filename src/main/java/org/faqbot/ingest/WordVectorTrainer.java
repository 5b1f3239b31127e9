package org.faqbot.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;
import org.faqbot.search.CompoundSplitter;
import org.faqbot.search.WordVectors;
import org.faqbot.search.GlossWords;
import org.faqbot.search.TextEncoder;

/**
 * Learns {@link WordVectors} from sentence pairs: the encoder reads each English sentence as a
 * question, and each Dutch word gets the vector that, averaged over a Dutch sentence's words (weighted
 * by how rare each word is), comes closest to its English original's ({@link RidgeRegression}). The
 * English side is the teacher, so no Dutch model is needed; the pairs are the docs' own.
 */
public final class WordVectorTrainer {

    /**
     * @param rounds   conjugate-gradient rounds: measured on the Dutch fitting questions (right entry
     *                 first by these vectors alone, dev / own), 15 rounds 0.889 / 0.800, 30 0.833 / 0.800,
     *                 50 0.861 / 0.767, 100 0.861 / 0.767; and with the other two readings, 30 and 50 best
     * @param lambda   the ridge penalty: 0.001 / 0.01 / 0.1 gave 0.833 / 0.861 / 0.861 and 0.767 / 0.767 / 0.733
     *                 (100 rounds)
     * @param minCount sentences a feature must occur in to get a vector
     */
    public record Settings(int rounds, double lambda, int minCount) {
        public static final Settings DEFAULT = new Settings(30, 0.01, 2);
    }

    /** Called after each English sentence is encoded, with an estimate of the time left. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Duration left);
    }

    /** The vectors and what it took to learn them. */
    public record Result(WordVectors vectors, int pairs, int features, Duration encoding, Duration solving) {
    }

    private WordVectorTrainer() {
    }

    public static Result train(List<Bilingual> pairs, TextEncoder encoder, Settings settings, Progress progress, Clock clock) {
        return train(Lang.NL, pairs, encoder, settings, progress, clock);
    }

    /** Vectors for the words of {@code lang}'s side of the pairs, the encoder reading the English side. */
    public static Result train(Lang lang, List<Bilingual> pairs, TextEncoder encoder, Settings settings, Progress progress, Clock clock) {
        List<Bilingual> unique = unique(pairs);
        Set<String> stopWords = GlossWords.stopWords(lang);
        CompoundSplitter splitter = WordVectors.splitter(lang, frequentWords(unique, lang, settings.minCount()));
        List<List<String>> features = new ArrayList<>(unique.size());
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Bilingual pair : unique) {
            List<String> f = WordVectors.features(pair.get(lang), splitter, stopWords);
            features.add(f);
            new HashSet<>(f).forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        documentFrequency.forEach((w, n) -> {
            if (n >= settings.minCount()) {
                columns.put(w, columns.size());
            }
        });
        double[] weights = new double[columns.size()];
        columns.forEach((w, c) -> weights[c] = Math.log((unique.size() + 1.0) / (documentFrequency.get(w) + 0.5)));

        List<RidgeRegression.Row> rows = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (int s = 0; s < unique.size(); s++) {
            row(features.get(s), columns, weights).ifPresent(rows::add);
            if (rows.size() > english.size()) {
                english.add(unique.get(s).en());
            }
        }
        long start = clock.millis();
        float[][] targets = new float[english.size()][];
        for (int s = 0; s < targets.length; s++) {
            targets[s] = encoder.query(english.get(s));
            long elapsed = clock.millis() - start;
            progress.update(s + 1, targets.length, Duration.ofMillis(elapsed * (targets.length - s - 1) / (s + 1)));
        }
        Duration encoding = Duration.ofMillis(clock.millis() - start);
        float[] mean = centre(targets, encoder.dimensions());
        long solveStart = clock.millis();
        float[][] w = RidgeRegression.solve(rows.toArray(RidgeRegression.Row[]::new), targets, columns.size(), settings.lambda(),
                settings.rounds());
        Duration solving = Duration.ofMillis(clock.millis() - solveStart);
        Map<String, WordVectors.Word> words = new HashMap<>();
        columns.forEach((word, c) -> words.put(word, WordVectors.quantize((float) weights[c], w[c])));
        String trainedOn = String.format(Locale.ROOT, "%d sentence pairs, %d rounds, lambda %s, min count %d",
                targets.length, settings.rounds(), settings.lambda(), settings.minCount());
        return new Result(new WordVectors(lang, encoder.model(), mean, words, trainedOn), targets.length, columns.size(), encoding, solving);
    }

    /** A sentence's row: its known features, each weighted by rarity, the weights summing to one. */
    private static Optional<RidgeRegression.Row> row(List<String> features, Map<String, Integer> columns, double[] weights) {
        Map<Integer, Double> values = new LinkedHashMap<>();
        for (String feature : features) {
            Integer c = columns.get(feature);
            if (c != null) {
                values.merge(c, weights[c], Double::sum);
            }
        }
        double total = values.values().stream().mapToDouble(Double::doubleValue).sum();
        if (values.isEmpty() || total <= 0) {
            return Optional.empty();
        }
        int[] cols = new int[values.size()];
        float[] vals = new float[values.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : values.entrySet()) {
            cols[k] = e.getKey();
            vals[k++] = (float) (e.getValue() / total);
        }
        return Optional.of(new RidgeRegression.Row(cols, vals));
    }

    /** Subtracts the mean from every target and returns it: the words then learn only what sets a sentence apart. */
    private static float[] centre(float[][] targets, int dims) {
        float[] mean = new float[dims];
        for (float[] t : targets) {
            for (int d = 0; d < dims; d++) {
                mean[d] += t[d] / targets.length;
            }
        }
        for (float[] t : targets) {
            for (int d = 0; d < dims; d++) {
                t[d] -= mean[d];
            }
        }
        return mean;
    }

    /** Pages repeat sentences (shared includes, boilerplate): each pair counts once. */
    private static List<Bilingual> unique(List<Bilingual> pairs) {
        Map<String, Bilingual> unique = new LinkedHashMap<>();
        for (Bilingual pair : pairs) {
            if (!pair.nl().isBlank() && !pair.en().isBlank()) {
                unique.putIfAbsent(pair.nl() + '\u0000' + pair.en(), pair);
            }
        }
        return new ArrayList<>(unique.values());
    }

    private static Set<String> frequentWords(List<Bilingual> pairs, Lang lang, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Bilingual pair : pairs) {
            GlossWords.words(pair.get(lang)).forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        Set<String> frequent = new HashSet<>();
        counts.forEach((w, n) -> {
            if (n >= minCount) {
                frequent.add(w);
            }
        });
        return frequent;
    }
}
