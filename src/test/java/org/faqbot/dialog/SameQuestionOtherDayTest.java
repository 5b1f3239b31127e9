package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** "And on 1 April?" after a yes/no answer about a day asks the same question for that day, from the date kept. */
class SameQuestionOtherDayTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:7", "tg:u7", text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void andOnAnotherDayKeepsTheRedeemDate() {
        say("can I still use my key on 1 March?", Lang.EN);
        say("I redeemed it on 20 February 2026", Lang.EN);

        Reply reply = say("and on 1 April?", Lang.EN);

        assertTrue(reply.text().contains("No, on 1 April 2027"), reply.text());
        assertTrue(reply.text().contains("20 February 2026"), reply.text());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void dutchEnOpAnotherDayKeepsTheExpiryDate() {
        say("onze voordelen vervallen op 1 maart 2027, kan ik op 10 februari nog een sleutel inwisselen?", Lang.NL);

        Reply reply = say("en op 1 april?", Lang.NL);

        assertTrue(reply.text().contains("Nee, op 1 april 2027"), reply.text());
        assertTrue(reply.text().contains("1 maart 2027"), reply.text());
    }

    @Test
    void dutchEnOpAnotherDayDoesNotTakeTheFirstDayForASecondDateGiven() {
        say("onze voordelen vervallen op 1 maart 2027, kan ik op 10 februari nog een sleutel inwisselen?", Lang.NL);

        Reply reply = say("en op 1 januari?", Lang.NL);

        assertTrue(reply.text().startsWith("Ik ga uit van de datum die je me eerder gaf."), reply.text());
        assertTrue(reply.text().contains("Ja, op 1 januari 2027"), reply.text());
    }

    @Test
    void andOnAnotherDayDoesNotTakeTheFirstDayForASecondDateGiven() {
        say("our benefits expire on 1 March 2027, can I still redeem a key on 10 February?", Lang.EN);

        Reply reply = say("and on 1 January?", Lang.EN);

        assertTrue(reply.text().startsWith("I am going by the date you gave me earlier."), reply.text());
        assertTrue(reply.text().contains("Yes, on 1 January 2027"), reply.text());
    }

    @Test
    void daysLeftAfterAYesNoAboutADaySpeaksOfOneDate() {
        say("onze voordelen vervallen op 1 maart 2027, kan ik op 10 februari nog een sleutel inwisselen?", Lang.NL);

        Reply reply = say("hoeveel dagen heb ik nog?", Lang.NL);

        assertTrue(reply.text().startsWith("Ik ga uit van de datum die je me eerder gaf."), reply.text());
        assertTrue(reply.text().contains("1 maart 2027"), reply.text());
    }

    @Test
    void andOnAnotherDayAfterAnAskedDayRightAfterTheAnswerKeepsTheRedeemDate() {
        say("I redeemed my key on 4 March 2026", Lang.EN);
        say("is it still valid on 1 March 2027?", Lang.EN);

        Reply reply = say("and on 1 April?", Lang.EN);

        assertTrue(reply.text().contains("No, on 1 April 2027"), reply.text());
        assertTrue(reply.text().contains("4 March 2026"), reply.text());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void dutchEnOpAfterAnAskedDayRightAfterTheAnswerKeepsTheRedeemDate() {
        say("ik heb mijn key op 4 maart 2026 ingewisseld", Lang.NL);
        say("is hij op 1 maart 2027 nog geldig?", Lang.NL);

        Reply reply = say("en op 1 april?", Lang.NL);

        assertTrue(reply.text().contains("Nee, op 1 april 2027"), reply.text());
        assertTrue(reply.text().contains("4 maart 2026"), reply.text());
    }

    @Test
    void atAHolidayAfterTheAnswerIsTheDayAskedAbout() {
        say("I redeemed my key on 4 March 2026", Lang.EN);

        Reply reply = say("will it still work at Christmas?", Lang.EN);

        assertTrue(reply.text().contains("Yes, on 25 December 2026"), reply.text());
        assertTrue(reply.text().contains("4 March 2026"), reply.text());
    }

    @Test
    void dutchMetKerstAfterTheAnswerIsTheDayAskedAbout() {
        say("ik heb mijn key op 4 maart 2026 ingewisseld", Lang.NL);
        say("werkt hij nog met kerst?", Lang.NL);

        Reply reply = say("en is hij dan nog geldig met oudjaar?", Lang.NL);

        assertTrue(reply.text().contains("Ja, op 31 december 2026"), reply.text());
        assertTrue(reply.text().contains("4 maart 2026"), reply.text());
    }

    @Test
    void andOnAnotherDayAfterAYesNoAboutTodayAsksItOfThatDay() {
        say("is our product key still usable?", Lang.EN);
        say("we redeemed it on 10 March 2026", Lang.EN);

        Reply reply = say("and on 2 April 2027?", Lang.EN);

        assertTrue(reply.text().contains("No, on 2 April 2027"), reply.text());
        assertTrue(reply.text().contains("10 March 2026"), reply.text());
        assertFalse(reply.text().contains("If you redeem"), reply.text());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void dutchEnOpAfterAYesNoAboutTodayAsksItOfThatDay() {
        say("werkt onze productcode nog?", Lang.NL);
        say("we hebben hem op 10 maart 2026 ingewisseld", Lang.NL);

        Reply reply = say("en op 2 februari 2027?", Lang.NL);

        assertTrue(reply.text().contains("Ja, op 2 februari 2027"), reply.text());
        assertTrue(reply.text().contains("10 maart 2026"), reply.text());
        assertFalse(reply.text().contains("Als je de productcode"), reply.text());
    }

    @Test
    void andOnAnotherDayAfterANonYesNoAnswerStaysAPlan() {
        say("we redeemed our product key on 10 March 2026, until when can we use it?", Lang.EN);

        Reply reply = say("and on 2 April 2027?", Lang.EN);

        assertTrue(reply.text().contains("If you redeem the product key on 2 April 2027"), reply.text());
    }

    @Test
    void andOnAnotherDayAfterWillItExpireAsksWhetherItHasEndedByThen() {
        say("We redeemed our product key on 10 March 2026. Will it expire?", Lang.EN);

        Reply reply = say("and on 2 April 2027?", Lang.EN);

        assertTrue(reply.text().contains("Yes, by 2 April 2027 it has expired"), reply.text());
        assertFalse(reply.text().contains("already has"), reply.text());
    }

    @Test
    void dutchEnOpAfterVerlooptHijAsksWhetherItHasEndedByThen() {
        say("We hebben onze productcode op 10 maart 2026 ingewisseld. Verloopt hij?", Lang.NL);

        Reply reply = say("en op 2 februari 2027?", Lang.NL);

        assertTrue(reply.text().contains("Nee, op 2 februari 2027 is hij nog niet verlopen"), reply.text());
    }
}
