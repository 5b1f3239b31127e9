package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sparse least-squares fit recovers word vectors it did not see from sentences made of them. */
class RidgeRegressionTest {

    private static final int WORDS = 40;
    private static final int DIMS = 6;

    private static float[][] truth(Random random) {
        float[][] w = new float[WORDS][DIMS];
        for (float[] row : w) {
            for (int d = 0; d < DIMS; d++) {
                row[d] = (float) random.nextGaussian();
            }
        }
        return w;
    }

    /** Sentences of three to six distinct words, equally weighted; targets are the mean of their vectors. */
    private static RidgeRegression.Row[] sentences(Random random, int n) {
        RidgeRegression.Row[] rows = new RidgeRegression.Row[n];
        for (int s = 0; s < n; s++) {
            int length = 3 + random.nextInt(4);
            int[] columns = random.ints(0, WORDS).distinct().limit(length).toArray();
            float[] values = new float[length];
            java.util.Arrays.fill(values, 1f / length);
            rows[s] = new RidgeRegression.Row(columns, values);
        }
        return rows;
    }

    private static float[][] targets(RidgeRegression.Row[] rows, float[][] w) {
        float[][] y = new float[rows.length][DIMS];
        for (int s = 0; s < rows.length; s++) {
            for (int k = 0; k < rows[s].columns().length; k++) {
                for (int d = 0; d < DIMS; d++) {
                    y[s][d] += rows[s].values()[k] * w[rows[s].columns()[k]][d];
                }
            }
        }
        return y;
    }

    @Test
    void recoversTheWordVectorsTheSentencesWereMadeOf() {
        Random random = new Random(7);
        float[][] truth = truth(random);
        RidgeRegression.Row[] rows = sentences(random, 600);

        float[][] w = RidgeRegression.solve(rows, targets(rows, truth), WORDS, 1e-6, 200);

        for (int c = 0; c < WORDS; c++) {
            for (int d = 0; d < DIMS; d++) {
                assertEquals(truth[c][d], w[c][d], 0.02, "word " + c + " dimension " + d);
            }
        }
    }

    @Test
    void theRidgePenaltyShrinksTheVectors() {
        Random random = new Random(11);
        float[][] truth = truth(random);
        RidgeRegression.Row[] rows = sentences(random, 300);
        float[][] y = targets(rows, truth);

        double free = norm(RidgeRegression.solve(rows, y, WORDS, 1e-6, 200));
        double penalised = norm(RidgeRegression.solve(rows, y, WORDS, 1.0, 200));

        assertTrue(penalised < 0.8 * free, "penalised " + penalised + " against " + free);
    }

    private static double norm(float[][] w) {
        double sum = 0;
        for (float[] row : w) {
            for (float v : row) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }
}
