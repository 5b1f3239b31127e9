package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** The threshold and the cascade's lexical confidence that the fit picks from scored questions. */
class FusionFitTest {

    /** A model whose probability is the logistic of the "lex" feature alone, so a test can set it. */
    private static final FusionModel LEX_ONLY = lexOnly();

    private static FusionModel lexOnly() {
        double[] weights = new double[Features.NAMES.size()];
        weights[Features.NAMES.indexOf("lex")] = 1;
        return new FusionModel(Features.NAMES, weights, 0.5, 2, "m", "", 10);
    }

    /** A question whose only candidate has probability {@code p} and is right or not. */
    private static FusionFit.Question scored(boolean answerable, double p, boolean right) {
        double[] x = new double[Features.NAMES.size()];
        x[Features.NAMES.indexOf("lex")] = Math.log(p / (1 - p));
        FusionFit.Case c = new FusionFit.Case("q", Lang.EN, answerable ? Optional.of("page#a") : Optional.empty());
        FusionFit.Question question = new FusionFit.Question(c, List.of(new DenseSide.Evidence(null, x)), new boolean[] {right}, 0, false);
        question.score(LEX_ONLY::probability);
        return question;
    }

    /** A question whose only candidate has probability {@code p} and lies {@code cosine} from it in meaning. */
    private static FusionFit.Question close(boolean answerable, double p, double cosine) {
        double[] x = new double[Features.NAMES.size()];
        x[Features.NAMES.indexOf("lex")] = Math.log(p / (1 - p));
        x[Features.NAMES.indexOf("cos")] = (cosine - 0.8) * 10;
        FusionFit.Case c = new FusionFit.Case("q", Lang.EN, answerable ? Optional.of("page#a") : Optional.empty());
        FusionFit.Question question = new FusionFit.Question(c, List.of(new DenseSide.Evidence(null, x)), new boolean[] {false}, 0, false);
        question.score(LEX_ONLY::probability);
        return question;
    }

    /** As {@link #close}, with the lexical confidence of the question's English words. */
    private static FusionFit.Question byWords(boolean answerable, double p, double english) {
        FusionFit.Question question = close(answerable, p, 0.6);
        question.evidenceFeatures().get(0)[Features.NAMES.indexOf("lex_english")] = english;
        return question;
    }

    private static FusionFit.Question lexical(double lexicalTop, boolean lexicalRight) {
        FusionFit.Case c = new FusionFit.Case("q", Lang.EN, Optional.of("page#a"));
        return new FusionFit.Question(c, List.of(), new boolean[0], lexicalTop, lexicalRight);
    }

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

    @Test
    void thresholdIsTheMiddleOfTheGapBetweenRightAnswersAndOffTopicQuestions() {
        List<FusionFit.Question> questions = List.of(scored(true, 0.715, true), scored(true, 0.9, true),
                scored(false, 0.305, false), scored(false, 0.1, false));

        double threshold = FusionFit.threshold(questions);

        assertEquals(0.51, threshold, 1e-9);
    }

    @Test
    void thresholdWeighsAnsweringAndRejectingAsSharesOfTheirOwnKind() {
        List<FusionFit.Question> questions = List.of(scored(true, 0.605, true), scored(true, 0.605, true),
                scored(false, 0.815, false), scored(false, 0.195, false));

        double threshold = FusionFit.threshold(questions);

        assertEquals(0.40, threshold, 1e-9, "all answerable right and half rejected beats none answered and all rejected");
    }

    @Test
    void wronglyRankedAnswerCountsAgainstTheThreshold() {
        List<FusionFit.Question> questions = List.of(scored(true, 0.9, false), scored(false, 0.505, false));

        double threshold = FusionFit.threshold(questions);

        assertEquals(0.93, threshold, 1e-9, "nothing is answered right at any threshold, and the wrong answer at 0.90 counts"
                + " against every threshold up to it, so 0.91-0.95 (rejecting both) is best");
    }

    @Test
    void aWrongAnswerCostsHalfWhatARightOneGains() {
        List<FusionFit.Question> questions = List.of(scored(true, 0.305, true), scored(true, 0.305, false), scored(true, 0.9, true),
                scored(false, 0.155, false));

        double threshold = FusionFit.threshold(questions);

        assertEquals(0.23, threshold, 1e-9, "answering the pair at 0.305 gains a right answer and costs half for the wrong"
                + " one, so 0.16-0.30 beats 0.31-0.90; at full cost the two ranges would tie");
    }

    @Test
    void lexicalOnlyStartsAtTheLowestConfidenceAboveWhichTheLexicalSideWasAlwaysRight() {
        List<FusionFit.Question> questions = new ArrayList<>(List.of(lexical(0.95, true), lexical(0.721, true),
                lexical(0.88, true), lexical(0.70, false), lexical(0.60, true)));

        double lexicalOnly = FusionFit.lexicalOnly(questions);

        assertEquals(0.73, lexicalOnly, 1e-9, "rounded up, so the wrong one at 0.70 stays below");
    }

    @Test
    void lexicalOnlyIsNeverWhenTheMostConfidentLexicalAnswerWasWrong() {
        List<FusionFit.Question> questions = List.of(lexical(0.99, false), lexical(0.9, true));

        double lexicalOnly = FusionFit.lexicalOnly(questions);

        assertEquals(2, lexicalOnly);
    }

    @Test
    void lexicalOnlyIsNotSetBelowItsFloor() {
        List<FusionFit.Question> questions = List.of(lexical(0.4, true), lexical(0.3, true));

        double lexicalOnly = FusionFit.lexicalOnly(questions);

        assertEquals(FusionFit.MIN_LEXICAL_ONLY, lexicalOnly);
    }

    @Test
    void theWordsStageIsTrustedFromWhereItLosesNothingAgainstTheEncoder() {
        List<FusionFit.Question> byWords = List.of(scored(true, 0.95, true), scored(true, 0.9, false), scored(true, 0.8, true),
                scored(false, 0.7, false));
        List<FusionFit.Question> full = List.of(scored(true, 0.9, true), scored(true, 0.9, false), scored(true, 0.9, true),
                scored(false, 0.1, false));

        double sure = FusionFit.wordsSure(byWords, full, 0.5, 0.5);

        assertEquals(0.8, sure, 1e-9, "the wrong answer at 0.90 is the full fusion's too, so it does not stop the cascade;"
                + " the out-of-domain question at 0.70, which the full fusion rejects, does");
    }

    @Test
    void theWordsStageIsNeverTrustedWhenItsSurestAnswerIsALoss() {
        List<FusionFit.Question> byWords = List.of(scored(true, 0.9, false), scored(true, 0.6, true));
        List<FusionFit.Question> full = List.of(scored(true, 0.9, true), scored(true, 0.6, true));

        assertEquals(2, FusionFit.wordsSure(byWords, full, 0.5, 0.5));
    }

    @Test
    void theWordsStageIsNotTrustedBelowItsFloor() {
        List<FusionFit.Question> byWords = List.of(scored(true, 0.4, true), scored(true, 0.3, true));

        assertEquals(FusionFit.MIN_WORDS_SURE, FusionFit.wordsSure(byWords, byWords, 0.2, 0.2));
    }
    @Test
    void nearFromIsJustAboveTheClosestOutOfDomainQuestionLeftUnderTheSuggestionFloor() {
        List<FusionFit.Question> questions = List.of(close(false, 0.05, 0.733), close(false, 0.10, 0.61),
                close(false, 0.30, 0.90), close(true, 0.05, 0.95));

        Double nearFrom = FusionFit.nearFrom(questions);

        assertEquals(0.74, nearFrom, 1e-9, "an out-of-domain question above the floor, and any answerable one, do not count");
    }

    @Test
    void nothingIsNearByClosenessAloneWithoutOutOfDomainQuestionsUnderTheFloor() {
        List<FusionFit.Question> questions = List.of(close(false, 0.30, 0.70), close(true, 0.05, 0.95));

        Double nearFrom = FusionFit.nearFrom(questions);

        assertEquals(null, nearFrom);
    }

    @Test
    void nearByWordsFromIsJustAboveTheHighestEnglishWordsConfidenceOfAnOutOfDomainQuestionUnderTheFloor() {
        List<FusionFit.Question> questions = List.of(byWords(false, 0.05, 0.385), byWords(false, 0.10, 0.2),
                byWords(false, 0.30, 0.9), byWords(true, 0.05, 0.95));

        assertEquals(0.39, FusionFit.nearByWordsFrom(questions), 1e-9,
                "an out-of-domain question above the floor, and any answerable one, do not count");
        assertEquals(null, FusionFit.nearByWordsFrom(List.of(byWords(true, 0.05, 0.95))));
    }
}
