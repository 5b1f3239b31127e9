package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The features a fit leaves out. */
class FusionFitTest {

    @Test
    void featuresLeftOutAreZeroInACopyOfTheEvidence() {
        double[] x = new double[Features.NAMES.size()];
        java.util.Arrays.fill(x, 2);
        List<DenseSide.Evidence> evidence = List.of(new DenseSide.Evidence(null, x));

        List<DenseSide.Evidence> held = FusionFit.without(evidence, FusionFit.held(java.util.Set.of("chunk", "chunk_lead")));

        assertEquals(0, held.get(0).features()[Features.NAMES.indexOf("chunk")]);
        assertEquals(0, held.get(0).features()[Features.NAMES.indexOf("chunk_lead")]);
        assertEquals(2, held.get(0).features()[Features.NAMES.indexOf("chunk_first")]);
        assertEquals(2, x[Features.NAMES.indexOf("chunk")], "the search's own features are not changed");
    }

    @Test
    void leavingOutAnUnknownFeatureOrTheConstantIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FusionFit.held(java.util.Set.of("chunks")));
        assertTrue(e.getMessage().startsWith("cannot leave out 'chunks': the features are [lex, "), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FusionFit.held(java.util.Set.of("one")));
    }
}
