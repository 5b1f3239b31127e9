package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tenth round's rule-choice defects (today is Sunday 6 December 2026). */
class TenthRoundRuleChoiceTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String chat, String text) {
        return bot.reply(new IncomingMessage(chat, "u-" + chat, text, Optional.empty(), Optional.empty()));
    }

    /** A count of the days to a day, right after the renewal answer, neither changes the renewal start nor states one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|when may we renew our membership? the renewal start was 20 November 2026|how many days are left until 22 December?|16 days|20 November 2026",
        "nl|vanaf wanneer kan ik mijn lidmaatschap verlengen? de begindatum van de verlenging was 20 november 2026|hoeveel dagen zijn het nog tot 22 december?|16 dagen|20 november 2026"})
    void aCountToADayIsNoNewRenewalStart(String chat, String first, String count, String days, String start) {
        say("c" + chat, first);
        Reply counted = say("c" + chat, count);

        assertTrue(counted.text().contains(days), counted.text());
        assertFalse(counted.text().contains(start), counted.text());
        Reply again = say("c" + chat, chat.equals("en") ? "so when can I renew?" : "dus wanneer kan ik verlengen?");
        assertTrue(again.text().contains(start), again.text());
        assertFalse(again.text().contains("22 "), again.text());
    }
}
