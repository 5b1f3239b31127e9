package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Another day supposed after a dated answer (today is 6 December 2026), named from the date given ("the Friday before")
 * or outright ("and if it had been 2 October?"): answered as a supposition, not as the date given, and the conversation
 * keeps the date actually given. "No, it was 2 October" stays a correction.
 */
class SupposedDayTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("sd", "u-sd", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I activated the key on 14 October 2026, how long does it last?|and what if it was the Friday before?|9 October 2027"
            + "|You redeemed the product key on 9 October|how long have I got?|14 October 2027",
        "I activated the key on 14 October 2026, how long does it last?|and what if it had been 2 October?|2 October 2027"
            + "|You redeemed the product key on 2 October|how long have I got?|14 October 2027",
        "de code heb ik op 14 oktober 2026 ingewisseld, hoe lang is hij bruikbaar?|en als het de vrijdag ervoor was?|9 oktober 2027"
            + "|Je hebt de productcode op 9 oktober|hoeveel dagen heb ik nog?|14 oktober 2027",
        "de code heb ik op 14 oktober 2026 ingewisseld, hoe lang is hij bruikbaar?|stel dat het 2 oktober was geweest?|2 oktober 2027"
            + "|Je hebt de productcode op 2 oktober|hoeveel dagen heb ik nog?|14 oktober 2027"})
    void aSupposedDayIsNoDateGiven(String first, String supposed, String until, String stated, String later, String kept) {
        say(first);

        Reply reply = say(supposed);
        Reply after = say(later);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
        assertFalse(reply.text().contains(stated), reply.text());
        assertTrue(after.text().contains(kept), after.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I activated the key on 14 October 2026, how long does it last?|no, it was 2 October|how long have I got?",
        "de code heb ik op 14 oktober 2026 ingewisseld, hoe lang is hij bruikbaar?|nee, het was 2 oktober|hoeveel dagen heb ik nog?"})
    void aDayStatedWithoutIfStillCorrects(String first, String correction, String later) {
        say(first);
        say(correction);

        assertEquals(Optional.of(LocalDate.of(2027, 10, 2)), say(later).date());
    }
}
