package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** The threshold and the cascade's lexical confidence that the fit picks from scored questions. */
class FitThresholdsTest {

    /** The floor the models fitted before each carried its own were held to: the figures below were chosen for it. */
    private static final double FLOOR = FusionModel.DEFAULT_SUGGESTION_FLOOR;

    /** A model whose probability is the logistic of the "lex" feature alone, so a test can set it. */
    private static final FusionModel LEX_ONLY = lexOnly();

    private static FusionModel lexOnly() {
        double[] weights = new double[Features.NAMES.size()];
        weights[Features.NAMES.indexOf("lex")] = 1;
        return new FusionModel(Features.NAMES, weights, 0.5, 2, "m", "", 10);
    }

    /** A question whose only candidate has probability {@code p} and is right or not. */
    private static FitQuestion scored(boolean answerable, double p, boolean right) {
        double[] x = new double[Features.NAMES.size()];
        x[Features.NAMES.indexOf("lex")] = Math.log(p / (1 - p));
        FusionFit.Case c = new FusionFit.Case("q", Lang.EN, answerable ? Optional.of("page#a") : Optional.empty());
        FitQuestion question = new FitQuestion(c, List.of(new DenseSide.Evidence(null, x)), new boolean[] {right}, 0, false);
        question.score(LEX_ONLY::probability);
        return question;
    }

    /** A question whose only candidate has probability {@code p} and lies {@code cosine} from it in meaning. */
    private static FitQuestion close(boolean answerable, double p, double cosine) {
        double[] x = new double[Features.NAMES.size()];
        x[Features.NAMES.indexOf("lex")] = Math.log(p / (1 - p));
        x[Features.NAMES.indexOf("cos")] = (cosine - 0.8) * 10;
        FusionFit.Case c = new FusionFit.Case("q", Lang.EN, answerable ? Optional.of("page#a") : Optional.empty());
        FitQuestion question = new FitQuestion(c, List.of(new DenseSide.Evidence(null, x)), new boolean[] {false}, 0, false);
        question.score(LEX_ONLY::probability);
        return question;
    }

    /** As {@link #close}, with the lexical confidence of the question's English words. */
    private static FitQuestion byWords(boolean answerable, double p, double english) {
        FitQuestion question = close(answerable, p, 0.6);
        question.evidenceFeatures().get(0)[Features.NAMES.indexOf("lex_english")] = english;
        return question;
    }

    private static FitQuestion lexical(double lexicalTop, boolean lexicalRight) {
        FusionFit.Case c = new FusionFit.Case("q", Lang.EN, Optional.of("page#a"));
        return new FitQuestion(c, List.of(), new boolean[0], lexicalTop, lexicalRight);
    }

    /** A topic message whose best candidate has probability {@code p}. */
    private static FitQuestion topic(double p) {
        double[] x = new double[Features.NAMES.size()];
        x[Features.NAMES.indexOf("lex")] = Math.log(p / (1 - p));
        FitQuestion question = new FitQuestion(FusionFit.Case.topic("q", Lang.EN), List.of(new DenseSide.Evidence(null, x)),
                new boolean[] {false}, 0, false);
        question.score(LEX_ONLY::probability);
        return question;
    }

    @Test
    void theSuggestionFloorIsTheHundredthUnderTheLowestTopicMessage() {
        assertEquals(0.13, FitThresholds.suggestionFloor(List.of(topic(0.9), topic(0.134), topic(0.2))), 1e-9);
    }

    @Test
    void theSuggestionFloorNeverRisesAboveTheOneTheFirstModelsWereHeldTo() {
        assertEquals(FusionModel.DEFAULT_SUGGESTION_FLOOR, FitThresholds.suggestionFloor(List.of(topic(0.4), topic(0.3))), 1e-9);
        assertEquals(FusionModel.DEFAULT_SUGGESTION_FLOOR, FitThresholds.suggestionFloor(List.of()), 1e-9, "no topic messages");
    }

    @Test
    void theSuggestionFloorNeverFallsUnderItsMinimum() {
        assertEquals(FitThresholds.MIN_SUGGESTION_FLOOR, FitThresholds.suggestionFloor(List.of(topic(0.01))), 1e-9);
    }

    @Test
    void aLowerSuggestionFloorCallsFewerQuestionsNearByClosenessAlone() {
        // 0.10 is under the floor of 0.15, not under one of 0.08: that question no longer sets where "near" starts.
        List<FitQuestion> questions = List.of(close(false, 0.05, 0.70), close(false, 0.10, 0.78));

        assertEquals(0.79, FitThresholds.nearFrom(questions, 0.15), 1e-9);
        assertEquals(0.71, FitThresholds.nearFrom(questions, 0.08), 1e-9);
    }

    @Test
    void thresholdIsTheMiddleOfTheGapBetweenRightAnswersAndOffTopicQuestions() {
        List<FitQuestion> questions = List.of(scored(true, 0.715, true), scored(true, 0.9, true),
                scored(false, 0.305, false), scored(false, 0.1, false));

        double threshold = FitThresholds.threshold(questions);

        assertEquals(0.51, threshold, 1e-9);
    }

    @Test
    void thresholdWeighsAnsweringAndRejectingAsSharesOfTheirOwnKind() {
        List<FitQuestion> questions = List.of(scored(true, 0.605, true), scored(true, 0.605, true),
                scored(false, 0.815, false), scored(false, 0.195, false));

        double threshold = FitThresholds.threshold(questions);

        assertEquals(0.40, threshold, 1e-9, "all answerable right and half rejected beats none answered and all rejected");
    }

    @Test
    void wronglyRankedAnswerCountsAgainstTheThreshold() {
        List<FitQuestion> questions = List.of(scored(true, 0.9, false), scored(false, 0.505, false));

        double threshold = FitThresholds.threshold(questions);

        assertEquals(0.93, threshold, 1e-9, "nothing is answered right at any threshold, and the wrong answer at 0.90 counts"
                + " against every threshold up to it, so 0.91-0.95 (rejecting both) is best");
    }

    @Test
    void aWrongAnswerCostsHalfWhatARightOneGains() {
        List<FitQuestion> questions = List.of(scored(true, 0.305, true), scored(true, 0.305, false), scored(true, 0.9, true),
                scored(false, 0.155, false));

        double threshold = FitThresholds.threshold(questions);

        assertEquals(0.23, threshold, 1e-9, "answering the pair at 0.305 gains a right answer and costs half for the wrong"
                + " one, so 0.16-0.30 beats 0.31-0.90; at full cost the two ranges would tie");
    }

    @Test
    void lexicalOnlyStartsAtTheLowestConfidenceAboveWhichTheLexicalSideWasAlwaysRight() {
        List<FitQuestion> questions = new ArrayList<>(List.of(lexical(0.95, true), lexical(0.721, true),
                lexical(0.88, true), lexical(0.70, false), lexical(0.60, true)));

        double lexicalOnly = FitThresholds.lexicalOnly(questions);

        assertEquals(0.73, lexicalOnly, 1e-9, "rounded up, so the wrong one at 0.70 stays below");
    }

    @Test
    void lexicalOnlyIsNeverWhenTheMostConfidentLexicalAnswerWasWrong() {
        List<FitQuestion> questions = List.of(lexical(0.99, false), lexical(0.9, true));

        double lexicalOnly = FitThresholds.lexicalOnly(questions);

        assertEquals(2, lexicalOnly);
    }

    @Test
    void lexicalOnlyIsNotSetBelowItsFloor() {
        List<FitQuestion> questions = List.of(lexical(0.4, true), lexical(0.3, true));

        double lexicalOnly = FitThresholds.lexicalOnly(questions);

        assertEquals(FitThresholds.MIN_LEXICAL_ONLY, lexicalOnly);
    }

    @Test
    void theWordsStageIsTrustedFromWhereItLosesNothingAgainstTheEncoder() {
        List<FitQuestion> byWords = List.of(scored(true, 0.95, true), scored(true, 0.9, false), scored(true, 0.8, true),
                scored(false, 0.7, false));
        List<FitQuestion> full = List.of(scored(true, 0.9, true), scored(true, 0.9, false), scored(true, 0.9, true),
                scored(false, 0.1, false));

        double sure = FitThresholds.wordsSure(byWords, full, 0.5, 0.5);

        assertEquals(0.8, sure, 1e-9, "the wrong answer at 0.90 is the full fusion's too, so it does not stop the cascade;"
                + " the out-of-domain question at 0.70, which the full fusion rejects, does");
    }

    @Test
    void theWordsStageIsNeverTrustedWhenItsSurestAnswerIsALoss() {
        List<FitQuestion> byWords = List.of(scored(true, 0.9, false), scored(true, 0.6, true));
        List<FitQuestion> full = List.of(scored(true, 0.9, true), scored(true, 0.6, true));

        assertEquals(2, FitThresholds.wordsSure(byWords, full, 0.5, 0.5));
    }

    @Test
    void theWordsStageIsNotTrustedBelowItsFloor() {
        List<FitQuestion> byWords = List.of(scored(true, 0.4, true), scored(true, 0.3, true));

        assertEquals(FitThresholds.MIN_WORDS_SURE, FitThresholds.wordsSure(byWords, byWords, 0.2, 0.2));
    }

    @Test
    void nearFromIsJustAboveTheClosestOutOfDomainQuestionLeftUnderTheSuggestionFloor() {
        List<FitQuestion> questions = List.of(close(false, 0.05, 0.733), close(false, 0.10, 0.61),
                close(false, 0.30, 0.90), close(true, 0.05, 0.95));

        Double nearFrom = FitThresholds.nearFrom(questions, FLOOR);

        assertEquals(0.74, nearFrom, 1e-9, "an out-of-domain question above the floor, and any answerable one, do not count");
    }

    @Test
    void nothingIsNearByClosenessAloneWithoutOutOfDomainQuestionsUnderTheFloor() {
        List<FitQuestion> questions = List.of(close(false, 0.30, 0.70), close(true, 0.05, 0.95));

        Double nearFrom = FitThresholds.nearFrom(questions, FLOOR);

        assertEquals(null, nearFrom);
    }

    @Test
    void nearByWordsFromIsJustAboveTheHighestEnglishWordsConfidenceOfAnOutOfDomainQuestionUnderTheFloor() {
        List<FitQuestion> questions = List.of(byWords(false, 0.05, 0.385), byWords(false, 0.10, 0.2),
                byWords(false, 0.30, 0.9), byWords(true, 0.05, 0.95));

        assertEquals(0.39, FitThresholds.nearByWordsFrom(questions, FLOOR), 1e-9,
                "an out-of-domain question above the floor, and any answerable one, do not count");
        assertEquals(null, FitThresholds.nearByWordsFrom(List.of(byWords(true, 0.05, 0.95)), FLOOR));
    }

    @Test
    void withoutTopicMessagesTheWordsStagesFloorIsAQuarterUnderEveryQuestionTheFusionShowedSomething() {
        // By the full fusion: an answer, a suggestion (0.15 and up), and two under the floor; by the words stage: 0.6,
        // 0.2, 0.02 and 0.01. The suggestion's 0.2 sets the floor at a quarter of it, 0.05; the others do not count.
        List<FitQuestion> full = List.of(scored(true, 0.8, true), scored(true, 0.2, false), scored(false, 0.1, false),
                scored(false, 0.05, false));
        List<FitQuestion> byWords = List.of(scored(true, 0.6, true), scored(true, 0.2, false), scored(false, 0.02, false),
                scored(false, 0.01, false));
        assertEquals(0.05, FitThresholds.wordsHopeless(byWords, full, FLOOR, null, null), 1e-9);
    }

    @Test
    void withTopicMessagesTheWordsStagesFloorIsUnderTheLowestOfThemAndOfTheAnswerableQuestionsShownSomething() {
        // Whole questions read high by the words stage; a vague topic message of a few words lower, and it must still get
        // the encoder's suggestions: the floor is the hundredth under the lowest of them, with no margin.
        List<FitQuestion> full = List.of(scored(true, 0.8, true), scored(true, 0.2, false));
        List<FitQuestion> byWords = List.of(scored(true, 0.6, true), scored(true, 0.205, false));
        assertEquals(0.2, FitThresholds.wordsHopeless(byWords, full, List.of(topic(0.5)), FLOOR, null, null), 1e-9);
        assertEquals(0.03, FitThresholds.wordsHopeless(byWords, full, List.of(topic(0.037), topic(0.5)), FLOOR, null, null), 1e-9);
    }

    @Test
    void withTopicMessagesAnOutOfDomainQuestionWithSuggestionsDoesNotLowerTheWordsStagesFloor() {
        // The fusion offers suggestions for an out-of-domain question the words stage reads at 0.011: without the encoder it
        // falls back all the same, so it does not count (it had left the Benefits FAQ without a floor).
        List<FitQuestion> full = List.of(scored(true, 0.8, true), scored(false, 0.2, false));
        List<FitQuestion> byWords = List.of(scored(true, 0.3, true), scored(false, 0.011, false));
        assertEquals(0.09, FitThresholds.wordsHopeless(byWords, full, List.of(topic(0.095)), FLOOR, null, null), 1e-9);
        assertEquals(null, FitThresholds.wordsHopeless(byWords, full, FLOOR, null, null), "without topic messages it counts");
    }

    @Test
    void aQuestionNearTheTopicsCountsAsShownToo() {
        List<FitQuestion> full = List.of(scored(true, 0.8, true), close(false, 0.1, 0.85));
        List<FitQuestion> byWords = List.of(scored(true, 0.6, true), scored(false, 0.09, false));
        assertEquals(0.02, FitThresholds.wordsHopeless(byWords, full, FLOOR, 0.84, null), 1e-9);
        assertEquals(0.15, FitThresholds.wordsHopeless(byWords, full, FLOOR, 0.86, null), 1e-9);
        List<FitQuestion> answerable = List.of(scored(true, 0.8, true), close(true, 0.1, 0.85));
        assertEquals(0.09, FitThresholds.wordsHopeless(byWords, answerable, List.of(topic(0.5)), FLOOR, 0.84, null), 1e-9);
    }

    @Test
    void noFloorWhenTheWordsStageGaveAShownQuestionNearlyNothing() {
        List<FitQuestion> full = List.of(scored(true, 0.8, true), scored(true, 0.5, true));
        List<FitQuestion> byWords = List.of(scored(true, 0.6, true), scored(true, 0.07, false));
        assertEquals(null, FitThresholds.wordsHopeless(byWords, full, FLOOR, null, null));
        assertEquals(null, FitThresholds.wordsHopeless(byWords, full, List.of(topic(0.015)), FLOOR, null, null));
    }
}
