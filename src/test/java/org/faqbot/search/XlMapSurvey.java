package org.faqbot.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tuning aid, not a test: whether a cross-lingual linear map of the encoder's own vectors (W e(nl) close to
 * e(en), fitted on the docs' sentence pairs) reads a Dutch question better than its Dutch text does. Reads what
 * {@link XlMapDump} wrote into a folder; fits W by ridge regression and by orthogonal Procrustes on all pairs but
 * the first 1,000, and prints, for the 1,000 held out, the mean cosine of the mapped Dutch sentence to its English
 * one and how often it finds it first among them; then, for the Dutch questions of case files, how often the right
 * entry comes first (and MRR@3) by the question's own text alone (raw against the Dutch texts, mapped against the
 * English texts) and by the mean of the readings (the search's three; the mapped one instead of the raw one; the
 * mapped one as a fourth). Run: {@code <folder> <kb name> <cases name>...}, e.g. {@code /tmp/xlmap kb dev-cases}.
 */
public final class XlMapSurvey {

    private static final int HELD_OUT = 1000;

    private XlMapSurvey() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        float[][][] pairs = readVectors(folder.resolve("pairs.f32"), 2);
        int dims = pairs[0][0].length;
        double[][] xs = new double[pairs.length - HELD_OUT][];
        double[][] ys = new double[pairs.length - HELD_OUT][];
        for (int i = HELD_OUT; i < pairs.length; i++) {
            xs[i - HELD_OUT] = toDouble(pairs[i][0]);
            ys[i - HELD_OUT] = toDouble(pairs[i][1]);
        }
        Map<String, double[][]> maps = new java.util.LinkedHashMap<>();
        maps.put("identity", identity(dims));
        for (double lambda : new double[] {1e-6, 1e-4, 1e-3, 1e-2}) {
            maps.put("ridge " + lambda, ridge(xs, ys, lambda));
        }
        maps.put("procrustes", procrustes(xs, ys));
        System.out.printf(Locale.ROOT, "%d pairs, %d fitted on, %d held out%n", pairs.length, xs.length, HELD_OUT);
        maps.forEach((name, w) -> heldOut(name, w, pairs));
        Kb kb = Kb.read(folder, args[1]);
        List<String> caseFiles = List.of(args).subList(2, args.length);
        for (String mapName : List.of("ridge 1.0E-4", "procrustes")) {
            double[][] w = maps.get(mapName);
            for (String mode : List.of("raw", "mapped", "mean3", "mean3 mapped", "mean4")) {
                ranking(folder, kb, caseFiles, w, mapName, mode);
            }
        }
    }

    private static void heldOut(String name, double[][] w, float[][][] pairs) {
        float[][] mapped = new float[HELD_OUT][];
        double cosine = 0;
        for (int i = 0; i < HELD_OUT; i++) {
            mapped[i] = map(w, pairs[i][0]);
            cosine += dot(mapped[i], pairs[i][1]);
        }
        int first = 0;
        for (int i = 0; i < HELD_OUT; i++) {
            double right = dot(mapped[i], pairs[i][1]);
            boolean beaten = false;
            for (int j = 0; j < HELD_OUT && !beaten; j++) {
                beaten = j != i && dot(mapped[i], pairs[j][1]) > right;
            }
            first += beaten ? 0 : 1;
        }
        System.out.printf(Locale.ROOT, "%-14s held out: mean cosine %.4f, right English sentence first among %d %.3f%n", name,
                cosine / HELD_OUT, HELD_OUT, first / (double) HELD_OUT);
    }

    private static void ranking(Path folder, Kb kb, List<String> caseFiles, double[][] w, String mapName, String mode) throws IOException {
        int n = 0;
        int first = 0;
        double mrr = 0;
        for (String file : caseFiles) {
            List<String[]> rows = Files.readAllLines(folder.resolve("cases-" + file + ".tsv")).stream().map(l -> l.split("\t", -1)).toList();
            float[][][] readings = readVectors(folder.resolve("cases-" + file + ".f32"), 3);
            for (int i = 0; i < rows.size(); i++) {
                String expect = rows.get(i)[2];
                Integer right = kb.indexById.get(expect);
                if (!rows.get(i)[1].equals("faq") || right == null) {
                    continue;
                }
                int rank = kb.rank(scores(kb, readings[i], w, mode), kb.keys.get(right));
                n++;
                first += rank == 1 ? 1 : 0;
                mrr += rank <= 3 ? 1.0 / rank : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%-8s %-12s %-13s right entry first %.3f, MRR@3 %.3f (%d Dutch questions)%n", kb.name, mapName, mode,
                first / (double) n, mrr / n, n);
    }

    /** Each entry's closeness to the question by the chosen readings, as {@link DocVectors#cosine} averages them. */
    private static double[] scores(Kb kb, float[][] readings, double[][] w, String mode) {
        float[] own = readings[0];
        float[] mapped = map(w, own);
        double[] out = new double[kb.vectors.length];
        for (int e = 0; e < out.length; e++) {
            float[][] v = kb.vectors[e];
            double raw = Math.max(dot(own, v[2]), dot(own, v[3]));
            double crossed = Math.max(dot(mapped, v[0]), dot(mapped, v[1]));
            switch (mode) {
                case "raw" -> out[e] = raw;
                case "mapped" -> out[e] = crossed;
                default -> {
                    double sum = mode.equals("mean3") ? raw : mode.equals("mean3 mapped") ? crossed : raw + crossed;
                    int views = mode.equals("mean4") ? 2 : 1;
                    for (int r = 1; r < 3; r++) {
                        if (norm(readings[r]) > 0) {
                            sum += Math.max(dot(readings[r], v[0]), dot(readings[r], v[1]));
                            views++;
                        }
                    }
                    out[e] = sum / views;
                }
            }
        }
        return out;
    }

    /** W minimising |X W - Y|^2 + lambda n |W|^2, by Cholesky on the normal equations. */
    static double[][] ridge(double[][] xs, double[][] ys, double lambda) {
        int d = xs[0].length;
        double[][] a = gram(xs, xs);
        for (int i = 0; i < d; i++) {
            a[i][i] += lambda * xs.length;
        }
        double[][] b = gram(xs, ys);
        double[][] l = cholesky(a);
        double[][] w = new double[d][d];
        for (int c = 0; c < d; c++) {
            double[] z = new double[d];
            for (int i = 0; i < d; i++) {
                double s = b[i][c];
                for (int k = 0; k < i; k++) {
                    s -= l[i][k] * z[k];
                }
                z[i] = s / l[i][i];
            }
            for (int i = d - 1; i >= 0; i--) {
                double s = z[i];
                for (int k = i + 1; k < d; k++) {
                    s -= l[k][i] * w[k][c];
                }
                w[i][c] = s / l[i][i];
            }
        }
        return w;
    }

    /** The orthogonal W minimising |X W - Y|: the polar factor of M = X'Y, M (M'M)^(-1/2), by Jacobi's eigenvalues. */
    static double[][] procrustes(double[][] xs, double[][] ys) {
        double[][] m = gram(xs, ys);
        int d = m.length;
        double[][] mtm = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += m[k][i] * m[k][j];
                }
                mtm[i][j] = s;
            }
        }
        double[][] vectors = identity(d);
        double[] values = jacobi(mtm, vectors);
        double[][] inverseRoot = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += vectors[i][k] * vectors[j][k] / Math.sqrt(Math.max(values[k], 1e-12));
                }
                inverseRoot[i][j] = s;
            }
        }
        return times(m, inverseRoot);
    }

    /** Diagonalises the symmetric {@code a} in place (cyclic Jacobi); {@code v} gathers the eigenvectors as columns. */
    private static double[] jacobi(double[][] a, double[][] v) {
        int d = a.length;
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = 0;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-18) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (Math.abs(a[p][q]) < 1e-15) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < d; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[d];
        for (int i = 0; i < d; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    private static double[][] cholesky(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
            }
        }
        return l;
    }

    /** A'B for row-stacked A and B. */
    private static double[][] gram(double[][] a, double[][] b) {
        int d = a[0].length;
        double[][] out = new double[d][d];
        for (int r = 0; r < a.length; r++) {
            for (int i = 0; i < d; i++) {
                double ai = a[r][i];
                double[] row = out[i];
                for (int j = 0; j < d; j++) {
                    row[j] += ai * b[r][j];
                }
            }
        }
        return out;
    }

    private static double[][] times(double[][] a, double[][] b) {
        int d = a.length;
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                double aik = a[i][k];
                for (int j = 0; j < d; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    private static double[][] identity(int d) {
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            out[i][i] = 1;
        }
        return out;
    }

    /** normalise(x W), x a row vector. */
    private static float[] map(double[][] w, float[] x) {
        int d = x.length;
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                y[j] += x[i] * w[i][j];
            }
        }
        double norm = 0;
        for (double v : y) {
            norm += v * v;
        }
        float[] out = new float[d];
        for (int j = 0; j < d; j++) {
            out[j] = (float) (y[j] / Math.sqrt(norm));
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] toDouble(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    /** Big-endian floats, {@code per} vectors of 384 per record; a record cut short (an encode still running) is left out. */
    private static float[][][] readVectors(Path file, int per) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        int dims = 384;
        int records = bytes.capacity() / (per * dims * 4);
        float[][][] out = new float[records][per][dims];
        for (int r = 0; r < records; r++) {
            for (int p = 0; p < per; p++) {
                for (int d = 0; d < dims; d++) {
                    out[r][p][d] = bytes.getFloat();
                }
            }
        }
        return out;
    }

    /** A dumped knowledge base: each entry's four field vectors and duplicate key. */
    private record Kb(String name, float[][][] vectors, List<String> keys, Map<String, Integer> indexById) {

        static Kb read(Path folder, String name) throws IOException {
            List<String> keys = new ArrayList<>();
            Map<String, Integer> byId = new HashMap<>();
            for (String line : Files.readAllLines(folder.resolve("kb-" + name + ".tsv"))) {
                String[] cut = line.split("\t", 2);
                byId.put(cut[0], keys.size());
                keys.add(cut[1]);
            }
            return new Kb(name, readVectors(folder.resolve("kb-" + name + ".f32"), 4), keys, byId);
        }

        /** 1 + the number of other answers (duplicate keys) closer than the closest entry with the right key. */
        int rank(double[] scores, String key) {
            double right = Double.NEGATIVE_INFINITY;
            for (int e = 0; e < scores.length; e++) {
                if (keys.get(e).equals(key)) {
                    right = Math.max(right, scores[e]);
                }
            }
            Set<String> above = new HashSet<>();
            for (int e = 0; e < scores.length; e++) {
                if (scores[e] > right && !keys.get(e).equals(key)) {
                    above.add(keys.get(e));
                }
            }
            return above.size() + 1;
        }
    }
}
