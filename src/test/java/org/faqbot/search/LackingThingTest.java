package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which home entries lack what a question is specifically about ({@link LackingThing}). */
class LackingThingTest {

    /** The question's words: a specific one, one nearly as specific, and two on most pages. */
    private static final WordWeights WEIGHTS = new WordWeights(new double[] {3.7, 3.4, 1.2, 1.2}, new boolean[4],
            new QueryWord.Source[] {QueryWord.Source.WORD, QueryWord.Source.WORD, QueryWord.Source.WORD, QueryWord.Source.WORD});
    /** Documents 0 and 1 are a home page's, 2 another page's. */
    private static final boolean[] HOME = {true, true, false};

    private static Candidate candidate(int doc, double... credits) {
        return new Candidate(doc, null, 1, 0, 0, credits, 0, 0, 0);
    }

    @Test
    void aHomeEntryWithoutTheSpecificWordAnotherPageHoldsLacksIt() {
        List<Candidate> candidates = List.of(candidate(0, 0, 1, 1, 1), candidate(2, 1, 1, 0, 0));

        assertEquals(Set.of(0), LackingThing.homeDocs(candidates, WEIGHTS, HOME));
    }

    @Test
    void aWordNoOtherPageHoldsTellsNothing() {
        List<Candidate> candidates = List.of(candidate(0, 0, 1, 1, 1), candidate(1, 0, 1, 0, 0), candidate(2, 0, 1, 0, 0));

        assertEquals(Set.of(), LackingThing.homeDocs(candidates, WEIGHTS, HOME));
    }

    @Test
    void aMissedWordOnMostPagesIsNoThing() {
        List<Candidate> candidates = List.of(candidate(0, 1, 1, 0, 1), candidate(2, 1, 0, 1, 0));

        assertEquals(Set.of(), LackingThing.homeDocs(candidates, WEIGHTS, HOME));
    }

    @Test
    void aTypoOrACompoundPartIsNoDocsWord() {
        WordWeights typo = new WordWeights(WEIGHTS.weights(), new boolean[4], new QueryWord.Source[] {
            QueryWord.Source.FUZZY_ONE_EDIT, QueryWord.Source.WORD, QueryWord.Source.WORD, QueryWord.Source.WORD});
        List<Candidate> candidates = List.of(candidate(0, 0, 1, 1, 1), candidate(2, 1, 1, 0, 0));

        assertEquals(Set.of(), LackingThing.homeDocs(candidates, typo, HOME));
    }

    @Test
    void aWordOnlyInAnotherPagesAnswerIsNoThing() {
        List<Candidate> candidates = List.of(candidate(0, 0, 1, 1, 1), candidate(2, 0.6, 1, 0, 0));

        assertEquals(Set.of(), LackingThing.homeDocs(candidates, WEIGHTS, HOME));
    }

    /** A word on few docs pages ("timing") is a detail a paraphrase adds, not a topic. */
    @Test
    void aRareWordIsNoTopic() {
        WordWeights rare = new WordWeights(new double[] {6.1, 3.4, 1.2, 1.2}, new boolean[4], WEIGHTS.knownAs());
        List<Candidate> candidates = List.of(candidate(0, 0, 1, 1, 1), candidate(2, 1, 1, 0, 0));

        assertEquals(Set.of(), LackingThing.homeDocs(candidates, rare, HOME));
    }

    /** A long, chatty question tells its story in words of its own: only a short one names its thing. */
    @Test
    void aLongQuestionIsLeftToTheHomeTier() {
        QueryWord.Source[] sources = new QueryWord.Source[7];
        java.util.Arrays.fill(sources, QueryWord.Source.WORD);
        WordWeights seven = new WordWeights(new double[] {3.7, 3.4, 1.2, 1.2, 1.5, 1.5, 1.5}, new boolean[7], sources);
        List<Candidate> candidates = List.of(candidate(0, 0, 1, 1, 1, 1, 1, 1), candidate(2, 1, 1, 0, 0, 0, 0, 0));

        assertEquals(Set.of(), LackingThing.homeDocs(candidates, seven, HOME));
    }

    private static DenseSide.Evidence evidence(int doc, boolean closest) {
        double[] x = new double[Features.NAMES.size()];
        x[Features.NAMES.indexOf("cos_first")] = closest ? 1 : 0;
        return new DenseSide.Evidence(candidate(doc, 1, 1, 1, 1), x);
    }

    /** A home entry the encoder finds closest is paraphrased with a word of the question's own: it stays an answer. */
    @Test
    void aHomeEntryClosestByMeaningIsNotLacking() {
        List<DenseSide.Evidence> evidence = List.of(evidence(0, true), evidence(1, false), evidence(2, false));

        assertEquals(Set.of(1), SearchCascade.lackingByMeaningToo(Set.of(0, 1), evidence));
    }
}
