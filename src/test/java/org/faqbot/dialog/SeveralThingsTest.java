package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeveralThingsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I redeemed one key on 1 May and another on 1 June|true", "ik heb 2 keys: eentje op 1 mei en eentje op 1 juni|true",
        "keys redeemed on 1 May and 1 June, until when can I use them?|true", "beide sleutels|true",
        "I redeemed it on 1 May, no wait, on 1 June|false", "ik heb hem op 1 mei ingewisseld, sorry, 1 juni|false",
        "I redeemed my key on 1 May|false"})
    void differentThingsAreNamedWithoutACorrection(String text, boolean expected) {
        assertEquals(expected, SeveralThings.named(text));
    }
}
