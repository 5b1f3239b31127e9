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
 * A correction of the date an answer used, when that date is also the remembered one (today is 6 December 2026): the
 * remembered date follows it and the reply says so; a correction of a date that was never remembered stores nothing.
 */
class RememberedCorrectionTest {

    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), stores);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("rc", "u-rc", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "remember that I redeemed my key on 10 April 2026|I redeemed it on 10 April 2026, how long does it work?|oops, it was 12 April"
            + "|12 April 2026|10 April 2026",
        "onthoud dat ik mijn sleutel op 10 april 2026 heb ingewisseld|ik heb hem op 10 april 2026 ingewisseld, tot wanneer werkt hij?"
            + "|oeps, het was 12 april|12 april 2026|10 april 2026"})
    void theRememberedDateFollowsTheCorrection(String remember, String asked, String correction, String corrected, String old) {
        say(remember);
        say(asked);
        Reply reply = say(correction);
        Reply data = say("/mydata");

        assertEquals(Optional.of(LocalDate.of(2027, 4, 12)), reply.date(), reply.text());
        assertTrue(reply.text().contains(old) && reply.text().contains(corrected), reply.text());
        assertTrue(data.text().contains(corrected), data.text());
        assertFalse(data.text().contains(old), data.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed my key on 10 April 2026, how long does it work?|oops, it was 12 April|12 April 2027",
        "ik heb mijn sleutel op 10 april 2026 ingewisseld, tot wanneer werkt hij?|oeps, het was 12 april|12 april 2027"})
    void aCorrectionOfADateNotRememberedStoresNothing(String asked, String correction, String corrected) {
        say(asked);
        Reply reply = say(correction);

        assertTrue(reply.text().contains(corrected), reply.text());
        assertTrue(stores.profiles().facts("u-rc").isEmpty(), stores.profiles().facts("u-rc").toString());
    }
}
