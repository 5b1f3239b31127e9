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
 * A supposition from today after a dated answer is answered for the supposed day, but the conversation keeps the date
 * the user stated (today is 6 December 2026): "/remember" next offers only that one, and "how many days left?" is about it.
 */
class SupposedNotKeptTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("sn", "u-sn", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we redeemed the key on 2 October 2026, how long is it valid?|and if I had redeemed it only yesterday?|/remember"
            + "|2 October 2026|5 December 2026",
        "we hebben de key op 2 oktober 2026 ingewisseld, hoe lang is hij geldig?|en als ik hem pas gisteren had ingewisseld?|/onthoud"
            + "|2 oktober 2026|5 december 2026"})
    void rememberOffersOnlyTheStatedDate(String stated, String supposition, String remember, String statedDay, String supposedDay) {
        say(stated);
        Reply supposed = say(supposition);
        Reply offer = say(remember);

        assertEquals(Optional.of(LocalDate.of(2027, 12, 5)), supposed.date(), supposed.text());
        assertTrue(offer.text().contains(statedDay), offer.text());
        assertFalse(offer.text().contains(supposedDay), offer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we redeemed the key on 2 October 2026, how long is it valid?|and if I had redeemed it only yesterday?|how many days left?",
        "we hebben de key op 2 oktober 2026 ingewisseld, hoe lang is hij geldig?|en als ik hem pas gisteren had ingewisseld?"
            + "|hoeveel dagen nog?"})
    void aFollowUpIsAboutTheStatedDate(String stated, String supposition, String daysLeft) {
        say(stated);
        say(supposition);
        Reply left = say(daysLeft);

        assertEquals(Optional.of(LocalDate.of(2027, 10, 2)), left.date(), left.text());
    }
}
