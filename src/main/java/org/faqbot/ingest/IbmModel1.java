package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * IBM Model 1 (Brown et al. 1993): the probability t(e | d) that Dutch word d is translated by English
 * word e, learnt from sentence pairs alone by expectation maximisation. Each English word of a pair is
 * taken to come from one of the pair's Dutch words or from the empty word ({@link GlossCorpus#NULL});
 * each round shares every English word out over them in proportion to the current t (E step), then
 * sets t(e | d) to d's share of e over all d's shares (M step). Words that keep turning up together
 * gather the probability; function words go to the empty word.
 *
 * <p>Only pairs of words that share a sentence get a probability, stored in one array sorted by
 * (Dutch, English), so the whole corpus's 28,000 pairs train in seconds. Single-threaded, so the same
 * corpus always gives the same numbers. Immutable once trained.
 */
final class IbmModel1 {

    /** The (Dutch, English) word pairs that share a sentence, as {@code dutch << 32 | english}, sorted. */
    private final long[] pairs;
    private final double[] t;
    private final List<Double> logLikelihoods;

    private IbmModel1(long[] pairs, double[] t, List<Double> logLikelihoods) {
        this.pairs = pairs;
        this.t = t;
        this.logLikelihoods = List.copyOf(logLikelihoods);
    }

    /** Trains from uniform probabilities (1 over the English vocabulary) for {@code iterations} rounds of EM. */
    static IbmModel1 train(GlossCorpus corpus, int iterations) {
        long[] pairs = distinctPairs(corpus);
        int[][] cells = cells(corpus, pairs);
        double[] t = new double[pairs.length];
        Arrays.fill(t, 1.0 / corpus.englishWords().size());
        List<Double> logLikelihoods = new ArrayList<>();
        for (int round = 0; round < iterations; round++) {
            double[] counts = new double[pairs.length];
            logLikelihoods.add(expect(corpus, cells, t, counts));
            maximise(pairs, counts, t);
        }
        return new IbmModel1(pairs, t, logLikelihoods);
    }

    /** Every English word that shares a sentence with {@code dutch}, with its probability, in id order. */
    List<WordProbability> translations(int dutch) {
        List<WordProbability> out = new ArrayList<>();
        for (int at = firstOf(dutch); at < pairs.length && dutchOf(pairs[at]) == dutch; at++) {
            out.add(new WordProbability((int) pairs[at], t[at]));
        }
        return out;
    }

    /** The average log-likelihood of an English word before each round: rises while EM learns. */
    List<Double> logLikelihoods() {
        return logLikelihoods;
    }

    /** An English word id and its probability. */
    record WordProbability(int english, double probability) {
    }

    /** E step: adds each English word's expected counts; returns the average log-likelihood per word. */
    private static double expect(GlossCorpus corpus, int[][] cells, double[] t, double[] counts) {
        double logLikelihood = 0;
        long words = 0;
        for (int s = 0; s < cells.length; s++) {
            int columns = corpus.english(s).length;
            int rows = corpus.dutch(s).length + 1;
            int[] cell = cells[s];
            for (int e = 0; e < columns; e++) {
                double sum = 0;
                for (int d = 0; d < rows; d++) {
                    sum += t[cell[d * columns + e]];
                }
                for (int d = 0; d < rows; d++) {
                    counts[cell[d * columns + e]] += t[cell[d * columns + e]] / sum;
                }
                logLikelihood += Math.log(sum / rows);
            }
            words += columns;
        }
        return logLikelihood / words;
    }

    /** M step: each Dutch word's counts, normalised to sum to one. */
    private static void maximise(long[] pairs, double[] counts, double[] t) {
        for (int start = 0; start < pairs.length; ) {
            int end = start;
            double total = 0;
            for (; end < pairs.length && dutchOf(pairs[end]) == dutchOf(pairs[start]); end++) {
                total += counts[end];
            }
            for (int at = start; at < end; at++) {
                t[at] = counts[at] / total;
            }
            start = end;
        }
    }

    private static long[] distinctPairs(GlossCorpus corpus) {
        long total = 0;
        for (int s = 0; s < corpus.size(); s++) {
            total += (long) (corpus.dutch(s).length + 1) * corpus.english(s).length;
        }
        long[] keys = new long[Math.toIntExact(total)];
        int at = 0;
        for (int s = 0; s < corpus.size(); s++) {
            for (int dutch : withNull(corpus.dutch(s))) {
                for (int english : corpus.english(s)) {
                    keys[at++] = key(dutch, english);
                }
            }
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /** For each sentence, the index in {@code pairs} of each (Dutch row, English column) cell. */
    private static int[][] cells(GlossCorpus corpus, long[] pairs) {
        int[][] cells = new int[corpus.size()][];
        for (int s = 0; s < corpus.size(); s++) {
            int[] dutch = withNull(corpus.dutch(s));
            int[] english = corpus.english(s);
            cells[s] = new int[dutch.length * english.length];
            for (int d = 0; d < dutch.length; d++) {
                for (int e = 0; e < english.length; e++) {
                    cells[s][d * english.length + e] = Arrays.binarySearch(pairs, key(dutch[d], english[e]));
                }
            }
        }
        return cells;
    }

    private static int[] withNull(int[] dutch) {
        int[] out = new int[dutch.length + 1];
        out[0] = GlossCorpus.NULL;
        System.arraycopy(dutch, 0, out, 1, dutch.length);
        return out;
    }

    private int firstOf(int dutch) {
        int at = Arrays.binarySearch(pairs, key(dutch, 0));
        return at >= 0 ? at : -at - 1;
    }

    private static long key(int dutch, int english) {
        return (long) dutch << 32 | english;
    }

    private static int dutchOf(long key) {
        return (int) (key >>> 32);
    }
}
