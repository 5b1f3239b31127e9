package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How long a message is, for the fusion ({@code long}): context before the ask lowers every candidate's cosine and
 * lexical share alike, so the same evidence says more in a long message than in a short one.
 */
class MessageLengthTest {

    private static final int LONG = Features.NAMES.indexOf("long");

    @Test
    void aQuestionOnItsOwnIsShort() {
        assertEquals(0, Features.length("hoe zet ik onze voordelen weer aan na een jaar?"));
        assertEquals(0, Features.length("how do I switch our partner perks back on?"));
    }

    @Test
    void contextOfTwoSentencesBeforeTheAskIsLong() {
        assertEquals(1, Features.length("Sinds de nieuwe maand staan onze voordelen niet meer in de lijst in het dashboard. Mijn collega denkt dat"
                + " het jaar om is en dat we iets moeten verlengen. Klopt dat, en wat moet ik dan als eerste doen?"));
        assertEquals(1, Features.length("Since the new month our perks no longer show up in the list on the dashboard. A colleague thinks our"
                + " year is over and that something needs renewing. Does he have a point, and where should I start?"));
    }

    @Test
    void aSentenceOfContextIsPartlyLong() {
        // 20 words: half way from a question on its own (10 words) to a whole paragraph (30).
        assertEquals(0.5, Features.length("Onze voordelen staan sinds gisteren niet meer in de lijst in het dashboard. Hoe krijg ik ze nu weer terug?"), 1e-9);
        assertEquals(0.5, Features.length("Our perks are gone from the list on the dashboard since yesterday, it seems. How can we restore them all?"), 1e-9);
    }

    @Test
    void everyCandidateOfALongMessageHasItsLength() {
        double[] cos = {0.75, 0.70};
        double[][] x = Features.of(new double[2], cos, cos, new boolean[2], new boolean[2], new boolean[2], new double[2], new double[2], new double[2], 0.5);

        assertEquals(0.5, x[0][LONG], 1e-12);
        assertEquals(0.5, x[1][LONG], 1e-12);
    }

    @Test
    void everyCandidateOfAShortQuestionIsShort() {
        double[] cos = {0.9, 0.8};
        double[][] x = Features.of(new double[2], cos, cos, new boolean[2], new boolean[2], new boolean[2], new double[2], new double[2], new double[2],
                Features.length("how do I switch our partner perks back on?"));

        assertEquals(0, x[0][LONG]);
        assertEquals(0, x[1][LONG]);
    }
}
