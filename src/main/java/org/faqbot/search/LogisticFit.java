package org.faqbot.search;

import java.util.List;

/**
 * Fits a logistic regression by Newton's method (iteratively reweighted least squares) with a small L2
 * penalty that keeps the weights finite when a feature separates the examples. A handful of features
 * and a few thousand examples: exact and deterministic, no learning rate to tune.
 */
public final class LogisticFit {

    /** An example: its features (the first one the constant 1) and whether it is a right answer. */
    public record Example(double[] x, boolean right) {
    }

    private static final int ITERATIONS = 50;

    private LogisticFit() {
    }

    public static double[] fit(List<Example> examples, double l2) {
        int n = examples.get(0).x().length;
        double[] w = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Example example : examples) {
                double[] x = example.x();
                double p = sigmoid(dot(w, x));
                double error = (example.right() ? 1 : 0) - p;
                double curvature = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < n; i++) {
                    gradient[i] += error * x[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < n; i++) {
                gradient[i] -= l2 * w[i];
                hessian[i][i] += l2;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < n; i++) {
                w[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting; a is symmetric positive definite here. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
