package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A supposition after a dated answer ("and if I had only redeemed it tomorrow?") is answered, but the supposed day is
 * no fact of the user's (today is 6 December 2026): "/remember" next offers the date given, never the supposed one.
 */
class SupposedDateNotKeptTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("sd", "u-sd", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I activated my key on 20 November 2026, until when does it work?|and if I had only redeemed it tomorrow?|/remember"
            + "|20 November 2026|7 December 2026",
        "ik heb mijn sleutel op 20 november 2026 ingewisseld, tot wanneer werkt die?|en als ik hem pas morgen had ingewisseld?|/onthoud"
            + "|20 november 2026|7 december 2026"})
    void rememberOffersTheGivenDateNotTheSupposedOne(String given, String supposed, String remember, String givenDay, String supposedDay) {
        say(given);
        Reply supposition = say(supposed);
        Reply offer = say(remember);

        assertTrue(supposition.text().contains(supposedDay), supposition.text());
        assertTrue(offer.text().contains(givenDay), offer.text());
        assertFalse(offer.text().contains(supposedDay), offer.text());
    }
}
