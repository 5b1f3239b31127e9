package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Can I still redeem the key on 28 December?" asks whether the act is allowed that day, so the redeem deadline answers it
 * with a yes/no for the day; the day is no redemption the key's year counts from (today is Sunday 6 December 2026).
 */
class StillAllowedDayTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("sa", "u-sa", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "our benefits run out on 31 December, could we still activate the product key on 29 December?|Yes, on 29 December 2026",
        "the benefits end on 18 December. can I still redeem a code in two weeks?|No, on 20 December 2026",
        "de voordelen lopen 31 december af, mogen we de productcode nog op 2 januari inwisselen?|Nee, op 2 januari 2027",
        "onze voordelen verlopen op 18 december; kan ik de code over een week nog activeren?|Ja, op 13 december 2026",
        "the benefits end on 22 December. can we still redeem the keys on 21 December?|Yes, on 21 December 2026",
        "our benefits lapse on 10 December, is it still possible to redeem keys on 15 December?|No, on 15 December 2026",
        "de benefits lopen op 22 december af; kunnen we de keys nog redeemen over vijf dagen?|Ja, op 11 december 2026",
        "onze benefits expiren 9 december, kan ik de key nog redeemen op 12 december?|Nee, op 12 december 2026"})
    void aDayTheActIsStillAskedForIsAnsweredByTheDeadline(String message, String answer) {
        Reply reply = say(message);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(answer), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "could we still redeem the product key on New Year's Eve?|31 December 2026|31 December 2025",
        "mag ik de productcode op oudejaarsdag nog inwisselen?|31 december 2026|31 december 2025"})
    void withoutTheExpiryTheDayStaysAskedAndTheExpiryIsAskedFor(String message, String day, String notRedeemed) {
        Reply reply = say(message);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(day), reply.text());
        assertFalse(reply.text().contains(notRedeemed), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "can I still use the key I redeemed on 3 March 2026?|3 March 2027",
        "kan ik de code die ik op 3 maart 2026 heb ingewisseld nog gebruiken?|3 maart 2027"})
    void aPastActInTheQuestionStillDatesTheKey(String message, String until) {
        Reply reply = say(message);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
    }
}
