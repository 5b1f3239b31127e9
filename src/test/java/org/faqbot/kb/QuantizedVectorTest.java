package org.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Answer chunks in a byte per dimension: dot products within a few thousandths of the floats'. */
class QuantizedVectorTest {

    private static float[] unit(Random random, int dims) {
        float[] v = new float[dims];
        double norm = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dims; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Test
    void largestMagnitudeBecomes127Steps() {
        QuantizedVector q = QuantizedVector.of(new float[] {0.5f, -1f, 0.25f, 0});

        assertArrayEquals(new byte[] {64, -127, 32, 0}, q.values());
        assertEquals(1f / 127, q.scale(), 1e-9);
    }

    @Test
    void dotProductOfUnitVectorsIsWithinAFewThousandths() {
        Random random = new Random(11);
        double worst = 0;
        for (int trial = 0; trial < 200; trial++) {
            float[] a = unit(random, 384);
            float[] b = unit(random, 384);
            double exact = 0;
            for (int i = 0; i < a.length; i++) {
                exact += a[i] * b[i];
            }
            worst = Math.max(worst, Math.abs(QuantizedVector.of(b).dot(a) - exact));
        }
        assertEquals(0, worst, 0.005, "worst error over 200 random pairs");
    }

    @Test
    void dotProductOfEveryLengthIsTheSumOfAllProducts() {
        for (int length = 0; length <= 9; length++) {
            byte[] values = new byte[length];
            float[] other = new float[length];
            double expected = 0;
            for (int i = 0; i < length; i++) {
                values[i] = (byte) (i + 1);
                other[i] = 10 * (i + 1);
                expected += values[i] * other[i] * 0.5;
            }
            assertEquals(expected, new QuantizedVector(values, 0.5f).dot(other), 1e-9, "length " + length);
        }
    }

    @Test
    void zeroVectorStaysZero() {
        QuantizedVector q = QuantizedVector.of(new float[3]);

        assertEquals(0, q.scale());
        assertEquals(0, q.dot(new float[] {1, 2, 3}));
    }

    @Test
    void negativeOrEndlessScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new QuantizedVector(new byte[2], -1));
        assertThrows(IllegalArgumentException.class, () -> new QuantizedVector(new byte[2], Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new QuantizedVector(new byte[2], Float.POSITIVE_INFINITY));
    }
}
