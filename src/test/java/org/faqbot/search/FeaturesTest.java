package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The fusion's inputs for the candidates of one question. */
class FeaturesTest {

    private static final int LEX_LEAD = Features.NAMES.indexOf("lex_lead");
    private static final int LEX_BEST = Features.NAMES.indexOf("lex_best");
    private static final int COS = Features.NAMES.indexOf("cos");
    private static final int COS_LEAD = Features.NAMES.indexOf("cos_lead");
    private static final int LEX_FIRST = Features.NAMES.indexOf("lex_first");
    private static final int COS_FIRST = Features.NAMES.indexOf("cos_first");
    private static final int TOP_BOTH = Features.NAMES.indexOf("top_both");

    /** Features of candidates that differ only in their lexical confidences and cosines. */
    private static double[][] of(double[] lex, double[] cos) {
        int n = lex.length;
        return Features.of(lex, cos, cos, new boolean[n], new boolean[n], new boolean[n], new double[n], new double[n], new double[n], 0);
    }

    @Test
    void everyCandidateHasOneValuePerFeatureName() {
        double[][] x = of(new double[] {0.5, 0.2}, new double[] {0.8, 0.9});

        assertEquals(Features.NAMES.size(), x[0].length);
        assertEquals(1, x[1][0], "the first feature is the constant 1");
    }

    @Test
    void lexicalLeadIsOverTheBestOtherCandidate() {
        double[][] x = of(new double[] {0.9, 0.6, 0.2}, new double[] {0.8, 0.8, 0.8});

        assertEquals(0.3, x[0][LEX_LEAD], 1e-12);
        assertEquals(-0.3, x[1][LEX_LEAD], 1e-12);
        assertEquals(-0.7, x[2][LEX_LEAD], 1e-12);
    }

    @Test
    void cosineLeadIsOverTheBestOtherCandidateScaledLikeTheCosine() {
        double[][] x = of(new double[] {0.5, 0.5, 0.5}, new double[] {0.85, 0.9, 0.8});

        assertEquals(-0.5, x[0][COS_LEAD], 1e-9);
        assertEquals(0.5, x[1][COS_LEAD], 1e-9);
        assertEquals(-1.0, x[2][COS_LEAD], 1e-9);
        assertEquals(1.0, x[1][COS], 1e-9, "0.9 is 0.1 above the centre of E5's band, times 10");
    }

    @Test
    void chunkFeaturesFollowTheBestChunksNotTheWholeEntries() {
        double[] cos = {0.9, 0.8};
        double[] chunk = {0.82, 0.88};

        double[][] x = Features.of(new double[] {0.5, 0.5}, cos, chunk, new boolean[2], new boolean[2], new boolean[2], new double[2], new double[2],
                new double[2], 0);

        int chunkAt = Features.NAMES.indexOf("chunk");
        assertEquals(0.2, x[0][chunkAt], 1e-9);
        assertEquals(-0.6, x[0][Features.NAMES.indexOf("chunk_lead")], 1e-9);
        assertEquals(0.6, x[1][Features.NAMES.indexOf("chunk_lead")], 1e-9);
        assertEquals(1, x[1][Features.NAMES.indexOf("chunk_first")]);
        assertEquals(1, x[0][COS_FIRST], "the whole entries still rank the first candidate first");
    }

    @Test
    void homeIsOneForAnEntryOfAHomePage() {
        double[][] x = Features.of(new double[] {0.5, 0.5}, new double[] {0.8, 0.8}, new double[] {0.8, 0.8}, new boolean[2],
                new boolean[] {false, true}, new boolean[2], new double[2], new double[2], new double[2], 0);

        assertEquals(0, x[0][Features.NAMES.indexOf("home")]);
        assertEquals(1, x[1][Features.NAMES.indexOf("home")]);
    }

    @Test
    void everyCandidateKnowsTheBestLexicalConfidence() {
        double[][] x = of(new double[] {0.4, 0.7}, new double[] {0.8, 0.8});

        assertEquals(0.7, x[0][LEX_BEST]);
        assertEquals(0.7, x[1][LEX_BEST]);
    }

    @Test
    void singleCandidateLeadsOverNothingWithoutNaN() {
        double[][] x = of(new double[] {0.6}, new double[] {0.83});

        assertTrue(Arrays.stream(x[0]).allMatch(Double::isFinite), Arrays.toString(x[0]));
        assertEquals(0.6, x[0][LEX_LEAD], 1e-12, "the lead over no other candidate is the confidence itself");
        assertEquals(x[0][COS], x[0][COS_LEAD], 1e-9, "the lead over no other candidate is the lead over the band's centre");
    }

    @Test
    void noCandidatesGiveNoFeatures() {
        double[][] x = of(new double[0], new double[0]);

        assertEquals(0, x.length);
    }

    @Test
    void topBothOnlyForTheCandidateFirstInBothRankings() {
        double[][] x = of(new double[] {0.3, 0.8, 0.5}, new double[] {0.82, 0.88, 0.84});

        assertEquals(1, x[1][TOP_BOTH]);
        assertEquals(0, x[0][TOP_BOTH]);
        assertEquals(0, x[2][TOP_BOTH]);
    }

    @Test
    void noTopBothWhenTheRankingsDisagree() {
        double[][] x = of(new double[] {0.8, 0.3}, new double[] {0.82, 0.88});

        assertEquals(Arrays.asList(1.0, 0.0), Arrays.asList(x[0][LEX_FIRST], x[1][LEX_FIRST]));
        assertEquals(Arrays.asList(0.0, 1.0), Arrays.asList(x[0][COS_FIRST], x[1][COS_FIRST]));
        assertEquals(Arrays.asList(0.0, 0.0), Arrays.asList(x[0][TOP_BOTH], x[1][TOP_BOTH]));
    }

    @Test
    void candidateTheLexicalSideDidNotFindIsNotLexicallyFirst() {
        double[][] x = of(new double[] {0, 0}, new double[] {0.9, 0.8});

        assertEquals(0, x[0][LEX_FIRST]);
        assertEquals(0, x[0][TOP_BOTH], "first by meaning alone is not first in both");
    }
}
