package org.faqbot.ingest;

/**
 * Least squares with a ridge penalty for a sparse design: finds W (features x dims) that minimises
 * |X W - Y|^2 + lambda |W|^2, where each row of X is a sentence's few weighted features. Solved by conjugate
 * gradients on the normal equations, every output dimension at once: X has some 20,000 rows and 13,000
 * columns but only a dozen entries a row, so a dense solve would cost far more than the few dozen
 * sparse passes this takes. Stopping after a fixed number of rounds regularises further (early
 * stopping): the words seen only a few times keep small vectors.
 */
final class RidgeRegression {

    /** One row of X: its non-zero columns and their values. */
    record Row(int[] columns, float[] values) {
    }

    private RidgeRegression() {
    }

    /**
     * @param rows    X, one row per example
     * @param targets Y, one row per example
     * @param columns the number of columns of X
     * @return W, one row per column of X
     */
    static float[][] solve(Row[] rows, float[][] targets, int columns, double lambda, int rounds) {
        int dims = targets.length == 0 ? 0 : targets[0].length;
        float[][] w = new float[columns][dims];
        float[][] r = transposeTimes(rows, targets, columns, dims);
        float[][] p = copy(r);
        double[] rr = columnDots(r, r, dims);
        for (int round = 0; round < rounds; round++) {
            float[][] ap = transposeTimes(rows, times(rows, p, dims), columns, dims);
            for (int c = 0; c < columns; c++) {
                for (int d = 0; d < dims; d++) {
                    ap[c][d] += (float) (lambda * p[c][d]);
                }
            }
            double[] pap = columnDots(p, ap, dims);
            double[] alpha = new double[dims];
            for (int d = 0; d < dims; d++) {
                alpha[d] = pap[d] == 0 ? 0 : rr[d] / pap[d];
            }
            for (int c = 0; c < columns; c++) {
                for (int d = 0; d < dims; d++) {
                    w[c][d] += (float) (alpha[d] * p[c][d]);
                    r[c][d] -= (float) (alpha[d] * ap[c][d]);
                }
            }
            double[] next = columnDots(r, r, dims);
            for (int c = 0; c < columns; c++) {
                for (int d = 0; d < dims; d++) {
                    p[c][d] = (float) (r[c][d] + (rr[d] == 0 ? 0 : next[d] / rr[d]) * p[c][d]);
                }
            }
            rr = next;
        }
        return w;
    }

    /** X M. */
    private static float[][] times(Row[] rows, float[][] m, int dims) {
        float[][] out = new float[rows.length][dims];
        for (int s = 0; s < rows.length; s++) {
            Row row = rows[s];
            for (int k = 0; k < row.columns().length; k++) {
                float value = row.values()[k];
                float[] from = m[row.columns()[k]];
                float[] into = out[s];
                for (int d = 0; d < dims; d++) {
                    into[d] += value * from[d];
                }
            }
        }
        return out;
    }

    /** X' M. */
    private static float[][] transposeTimes(Row[] rows, float[][] m, int columns, int dims) {
        float[][] out = new float[columns][dims];
        for (int s = 0; s < rows.length; s++) {
            Row row = rows[s];
            for (int k = 0; k < row.columns().length; k++) {
                float value = row.values()[k];
                float[] into = out[row.columns()[k]];
                float[] from = m[s];
                for (int d = 0; d < dims; d++) {
                    into[d] += value * from[d];
                }
            }
        }
        return out;
    }

    private static double[] columnDots(float[][] a, float[][] b, int dims) {
        double[] out = new double[dims];
        for (int c = 0; c < a.length; c++) {
            for (int d = 0; d < dims; d++) {
                out[d] += (double) a[c][d] * b[c][d];
            }
        }
        return out;
    }

    private static float[][] copy(float[][] m) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
