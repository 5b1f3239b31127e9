package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.faqbot.nlu.QuestionShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which part of a message asks its question, the part whose rule cues count twice. */
class QuestionPartTest {

    private static String questionPart(String text) {
        return QuestionPart.of(text, QuestionShape.read(text)).strip();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ons abo loopt 30 april af wnnr kunnen we verlengen|wnnr kunnen we verlengen",
        "ons abo loopt 30 april af, wnnr kunnen we verlengen|wnnr kunnen we verlengen",
        "our subscription ends on 30 April how soon may we renew it|how soon may we renew it",
        "we redeemed the code last spring until when does it work|until when does it work",
        "de code is vorig voorjaar ingewisseld tot wanneer werkt hij|tot wanneer werkt hij",
        "we got the code in spring. how many days do we have left|how many days do we have left"})
    void aQuestionAfterAStatementWithoutAQuestionMarkIsTheQuestionPart(String text, String expected) {
        assertEquals(expected, questionPart(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "we redeemed the code when the portal asked us to",
        "wij verlengen het abonnement wanneer wij dat willen",
        "the renewal is open how nice"})
    void aQuestionWordThatGoesOnTellingStartsNoQuestion(String text) {
        assertEquals("", questionPart(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Our code came in spring. Until when does it work?|Until when does it work?",
        "kunnen we de code nog gebruiken, hoe lang werkt hij|kunnen we de code nog gebruiken, hoe lang werkt hij",
        "we got the code in spring, when does it expire?|we got the code in spring, when does it expire?"})
    void questionSentencesAndQuestionsFromTheStartStayWhole(String text, String expected) {
        assertEquals(expected, questionPart(text));
    }
}
