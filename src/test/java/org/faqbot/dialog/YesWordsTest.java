package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesWordsTest {

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', value = {
        "yes|Remind me before this date", "yes please|Remind me before this date", "ja graag|Herinner me voor deze datum",
        "ja graag, herinner me|Herinner me voor deze datum", "ja graag, herinner me|Remind me before this date",
        "yes please, remind me|Remind me before this date", "ok, remind me|Remind me before this date",
        "sure, go ahead|Remind me before this date", "ja, doe maar|Herinner me voor deze datum"})
    void yesMaybeNamingTheOfferAcceptsIt(String text, String label) {
        assertTrue(YesWords.acceptsOffer(text, label));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', value = {
        "ok|Remind me before this date", "oke|Herinner me voor deze datum", "ok thanks|Remind me before this date",
        "yes but what about my key?|Remind me before this date", "ja, mijn key verloopt op 1 maart|Herinner me voor deze datum",
        "remind me|Remind me before this date", "no|Remind me before this date"})
    void acknowledgementOrAnotherRequestDoesNot(String text, String label) {
        assertFalse(YesWords.acceptsOffer(text, label));
    }
}
