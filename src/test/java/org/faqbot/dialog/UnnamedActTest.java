package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "... and we redeem on 15 January, how long does the code work?": a redemption said without its thing, beside the
 * benefits' expiry, is the key's, named in the question; the redeem verb is no cue of the redeem deadline then (today is
 * Sunday 6 December 2026).
 */
class UnnamedActTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("ua", "u-ua", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "suppose our benefits run out on 15 January and we redeem on 15 January, how long does the code work?|15 January 2028",
        "what if the benefits lapse on 3 February 2027 and I redeem on 3 February 2027, until when does the product key work?|3 February 2028",
        "stel dat onze voordelen op 15 januari verlopen en we op 15 januari inwisselen, hoe lang werkt de code dan?|15 januari 2028",
        "als de voordelen op 3 februari 2027 vervallen en ik wissel op 3 februari 2027 in, tot wanneer is de sleutel geldig?|3 februari 2028"})
    void aRedemptionWithoutItsThingIsTheKeysTheQuestionNames(String message, String until) {
        Reply reply = say(message);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
    }
}
