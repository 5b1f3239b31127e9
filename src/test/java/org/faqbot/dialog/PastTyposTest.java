package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PastTyposTest {

    @ParameterizedTest
    @CsvSource({
        "redeemd, redeem, true",
        "assignd, assign, true",
        "wisseld, wissel … in, true",
        "activeerd, activ … key, true",
        // present forms, correct past forms and other words of the verb stay what they are
        "redeem, redeem, false",
        "redeems, redeem, false",
        "redeemed, redeem, false",
        "redeeming, redeem, false",
        "wisselt, wissel … in, false",
        "wisselde, wissel … in, false",
        "activate, activ … key, false",
        "activeer, activ … key, false",
        "send, redeem, false"})
    void aRuleVerbWithAnEndingOneLetterOffThePastIsPast(String word, String cue, boolean past) {
        assertEquals(past, PastTypos.misspelt(word, cue));
    }
}
