package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-ups after a rule's answer, as the eleventh exploratory round found them. */
class EleventhRoundFollowUpsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:11", "tg:u11", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|we redeemed our product key 3 years ago, is it still usable?|and what about 10 months ago?|2027-02-06",
        "EN|we redeemed our product key 3 years ago, is it still usable?|and 300 days ago?|2027-02-09",
        "EN|we redeemed our product key on 2 February 2026, can we still use it?|and on 5 November 2025?|2026-11-05",
        "NL|we hebben onze productcode 3 jaar geleden ingewisseld, werkt hij nog?|en 10 maanden geleden?|2027-02-06",
        "NL|we hebben onze productcode 3 jaar geleden ingewisseld, werkt hij nog?|en 1 jaar en 2 dagen geleden?|2026-12-04",
        "NL|we hebben onze productcode op 2 februari 2026 ingewisseld, werkt hij nog?|en op 5 november 2025?|2026-11-05"})
    // A day gone by after a yes/no about today is a new date of the key: the answer is its last day, not "on <day>".
    void aPastDayAfterAYesNoIsANewDateOfTheThing(Lang lang, String first, String followUp, String lastDay) {
        say(first, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(lastDay)), reply.date(), reply.text());
        assertFalse(reply.text().contains(lang == Lang.NL ? "eerder gaf" : "gave me earlier"), reply.text());
    }

    @Test
    void aDayBeforeTheKeyWasRedeemedIsNoDayAskedAbout() {
        say("I redeemed my key on 4 March 2026", Lang.EN);
        say("is it still valid on 1 March 2027?", Lang.EN);

        Reply reply = say("and on 2 January 2026?", Lang.EN);

        assertEquals(Optional.of(LocalDate.parse("2027-01-02")), reply.date(), reply.text());
        assertFalse(reply.text().contains("on 2 January 2026 that is"), reply.text());
    }

    @Test
    void dutchADayBeforeTheKeyWasRedeemedIsNoDayAskedAbout() {
        say("ik heb mijn key op 4 maart 2026 ingewisseld", Lang.NL);
        say("is hij op 1 maart 2027 nog geldig?", Lang.NL);

        Reply reply = say("en op 2 januari 2026?", Lang.NL);

        assertEquals(Optional.of(LocalDate.parse("2027-01-02")), reply.date(), reply.text());
        assertFalse(reply.text().contains("op 2 januari 2026 kan dat"), reply.text());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|we will redeem our key on 1 April 2027, will it still work on 1 February 2028?|and on 10 March 2027?|2028-03-10",
        "NL|we gaan onze key op 1 april 2027 inwisselen, werkt hij op 1 februari 2028 nog?|en op 10 maart 2027?|2028-03-10"})
    // A day to come but before the planned redemption: no "still possible" of the key then, a new plan.
    void aDayBeforeAPlannedRedemptionIsANewPlan(Lang lang, String first, String followUp, String lastDay) {
        say(first, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of(LocalDate.parse(lastDay)), reply.date(), reply.text());
        assertFalse(reply.text().contains(lang == Lang.NL ? "eerder gaf" : "gave me earlier"), reply.text());
    }
}
