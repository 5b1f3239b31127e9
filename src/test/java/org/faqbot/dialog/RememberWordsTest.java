package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RememberWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ok, remember that", "ja prima, onthoud die datum", "perfect! save that", "onthoud dat", "/remember"})
    void aRequestAfterAFillerIsARequest(String text) {
        assertTrue(RememberWords.matches(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bewaar je onze datums?", "noteer jij alles wat ik zeg?", "remember you told me about keys?", "ok, /help"})
    void aQuestionToTheBotIsNoRequest(String text) {
        assertFalse(RememberWords.matches(text));
    }
}
