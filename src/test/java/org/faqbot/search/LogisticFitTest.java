package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fit recovers a logistic model it did not see from examples drawn from it. */
class LogisticFitTest {

    /** Intercept, then a strong positive, a negative and a weak positive feature. */
    private static final double[] TRUE_WEIGHTS = {-1.0, 2.0, -1.5, 0.5};

    private static List<LogisticFit.Example> drawn(double[] weights, int n, long seed) {
        Random random = new Random(seed);
        List<LogisticFit.Example> examples = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            double[] x = new double[weights.length];
            x[0] = 1;
            double z = weights[0];
            for (int i = 1; i < x.length; i++) {
                x[i] = random.nextGaussian();
                z += weights[i] * x[i];
            }
            examples.add(new LogisticFit.Example(x, random.nextDouble() < LogisticFit.sigmoid(z)));
        }
        return examples;
    }

    @Test
    void recoversTheWeightsOfTheModelTheExamplesCameFrom() {
        List<LogisticFit.Example> examples = drawn(TRUE_WEIGHTS, 6000, 42);

        double[] w = LogisticFit.fit(examples, FusionFit.L2);

        for (int i = 0; i < TRUE_WEIGHTS.length; i++) {
            assertEquals(TRUE_WEIGHTS[i], w[i], 0.25, "weight " + i + " of " + Arrays.toString(w));
        }
    }

    @Test
    void recoversTheSignsAndOrderOfTheWeights() {
        List<LogisticFit.Example> examples = drawn(TRUE_WEIGHTS, 6000, 43);

        double[] w = LogisticFit.fit(examples, FusionFit.L2);

        assertTrue(w[1] > w[3] && w[3] > 0 && 0 > w[2] && w[0] < 0, Arrays.toString(w));
    }

    @Test
    void interceptAloneIsTheLogOddsOfTheRightShare() {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (int e = 0; e < 100; e++) {
            examples.add(new LogisticFit.Example(new double[] {1}, e < 30));
        }

        double[] w = LogisticFit.fit(examples, FusionFit.L2);

        assertEquals(Math.log(0.3 / 0.7), w[0], 1e-6, "the intercept is not penalised");
    }

    @Test
    void staysFiniteAndRightOnPerfectlySeparableExamples() {
        List<LogisticFit.Example> examples = new ArrayList<>();
        Random random = new Random(5);
        for (int e = 0; e < 200; e++) {
            double x = 0.1 + random.nextDouble();
            boolean right = e % 2 == 0;
            examples.add(new LogisticFit.Example(new double[] {1, right ? x : -x, random.nextGaussian()}, right));
        }

        double[] w = LogisticFit.fit(examples, FusionFit.L2);

        assertTrue(Arrays.stream(w).allMatch(Double::isFinite), Arrays.toString(w));
        for (LogisticFit.Example example : examples) {
            double z = w[0] + w[1] * example.x()[1] + w[2] * example.x()[2];
            assertEquals(example.right(), LogisticFit.sigmoid(z) > 0.5, "example " + Arrays.toString(example.x()));
        }
    }
}
