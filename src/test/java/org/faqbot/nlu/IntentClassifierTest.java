package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class IntentClassifierTest {

    private static final IntentSignals KEY = new IntentSignals("key", Map.of(
            Lang.EN, List.of(new WeightedCue("key", 2), new WeightedCue("redeemed", 2)),
            Lang.NL, List.of(new WeightedCue("sleutel", 2), new WeightedCue("ingewisseld", 2))));
    private static final IntentSignals REASSIGN = new IntentSignals("reassign", Map.of(
            Lang.EN, List.of(new WeightedCue("reassign", 3)),
            Lang.NL, List.of(new WeightedCue("opnieuw toewijzen", 3))));
    private final IntentClassifier classifier = new IntentClassifier(List.of(KEY, REASSIGN));

    @Test
    void dutchCueInsideACompoundCounts() {
        List<IntentScore> ranked = classifier.rank("Mijn licentiesleutel is ingewisseld", Lang.NL);

        assertEquals(new IntentScore("key", 4), ranked.get(0));
    }

    @Test
    void englishCueInsideAnotherWordDoesNotCount() {
        List<IntentScore> ranked = classifier.rank("The monkey ate it", Lang.EN);

        assertEquals(List.of(), ranked);
    }

    @Test
    void englishTermsInADutchMessageStillCount() {
        List<IntentScore> ranked = classifier.rank("Wanneer mag ik reassignen?", Lang.NL);

        assertEquals("reassign", ranked.get(0).intent());
    }

    @Test
    void highestScoreComesFirst() {
        List<IntentScore> ranked = classifier.rank("When can I reassign the key?", Lang.EN);

        assertEquals(List.of(new IntentScore("reassign", 3), new IntentScore("key", 2)), ranked);
    }

    @Test
    void aShortCueInsideALongerFoundCueCountsOnce() {
        IntentSignals keys = new IntentSignals("keys", Map.of(Lang.EN, List.of(new WeightedCue("licence key", 2), new WeightedCue("key", 2))));

        List<IntentScore> ranked = new IntentClassifier(List.of(keys)).rank("Is a licence key forever?", Lang.EN);

        assertEquals(List.of(new IntentScore("keys", 2)), ranked);
    }

    @Test
    void aShortCueFoundAlsoOnItsOwnStillCounts() {
        IntentSignals keys = new IntentSignals("keys", Map.of(Lang.EN, List.of(new WeightedCue("licence key", 2), new WeightedCue("key", 2))));

        List<IntentScore> ranked = new IntentClassifier(List.of(keys)).rank("My licence key and my other key", Lang.EN);

        assertEquals(List.of(new IntentScore("keys", 4)), ranked);
    }

    @Test
    void aCueBothLanguagesListCountsOnce() {
        IntentSignals keys = new IntentSignals("keys", Map.of(Lang.EN, List.of(new WeightedCue("licence key", 2)),
                Lang.NL, List.of(new WeightedCue("licence key", 2))));

        List<IntentScore> ranked = new IntentClassifier(List.of(keys)).rank("Is a licence key forever?", Lang.EN);

        assertEquals(List.of(new IntentScore("keys", 2)), ranked);
    }

    @Test
    void aCueOfTheOtherLanguageInsideALongerFoundCueCountsOnce() {
        IntentSignals keys = new IntentSignals("keys", Map.of(
                Lang.NL, List.of(new WeightedCue("product key", 2), new WeightedCue("sleutel", 2)),
                Lang.EN, List.of(new WeightedCue("key", 2))));

        List<IntentScore> ranked = new IntentClassifier(List.of(keys)).rank("Wanneer wissel ik de product keys in?", Lang.NL);

        assertEquals(List.of(new IntentScore("keys", 2)), ranked);
    }

    @Test
    void aLongCueMisspeltByOneLetterStillCounts() {
        IntentSignals redeem = new IntentSignals("redeem", Map.of(Lang.EN, List.of(new WeightedCue("redeem", 3))));

        List<IntentScore> ranked = new IntentClassifier(List.of(redeem)).rank("Can we still redem the codes?", Lang.EN);

        assertEquals(List.of(new IntentScore("redeem", 3)), ranked);
    }

    @Test
    void aCueBetweenThePartsOfACueWithAGapCountsOnItsOwn() {
        IntentSignals again = new IntentSignals("again", Map.of(Lang.EN, List.of(
                new WeightedCue("start … again", 5), new WeightedCue("start", 1), new WeightedCue("laptop", 3))));

        List<IntentScore> ranked = new IntentClassifier(List.of(again)).rank("May I start our laptop again?", Lang.EN);

        assertEquals(List.of(new IntentScore("again", 8)), ranked);
    }
}
