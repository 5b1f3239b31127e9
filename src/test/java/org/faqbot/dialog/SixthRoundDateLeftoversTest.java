package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * The date leftovers of the sixth exploratory round in a conversation (today is Sunday 6 December 2026): corrections
 * with a numeric day and month or a year after words of the event, a yes/no about the period after a holiday, spans
 * answered by their days, and a weekday in an earlier week read as one day.
 */
class SixthRoundDateLeftoversTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:8", "tg:u8", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void numericDayAndMonthAfterSorryCorrectsTheDateJustUsed() {
        say("we redeemed the code on 10 April 2026, until when does it work?");

        Reply reply = say("sorry, I meant 13/04");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 13)), reply.date());
    }

    @Test
    void dutchNumericDayAndMonthAfterOepsCorrectsTheDateJustUsed() {
        say("ik heb de code op 10 april 2026 ingewisseld, tot wanneer werkt hij?");

        Reply reply = say("oeps, 11-04");

        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 11)), reply.date());
    }

    @Test
    void dutchYearWithTheEventsWordsCorrectsTheYear() {
        say("ik heb de code op 10 april 2026 ingewisseld, tot wanneer werkt hij?");

        Reply reply = say("klopt niet, ik heb hem in 2025 ingewisseld");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 10)), reply.date());
    }

    @Test
    void aYesNoAfterChristmasIsAnsweredForTheDayAfter() {
        Reply reply = say("our benefits expire on 22 December 2026. may we still redeem keys after Christmas?");

        assertEquals(Optional.of(false), reply.ok(), reply.text());
        assertTrue(reply.text().contains("26 December 2026"), reply.text());
    }

    @Test
    void dutchYesNoNaKerstIsAnsweredForTheDayAfter() {
        Reply reply = say("onze voordelen vervallen op 30 december 2026. kunnen we na kerst nog codes inwisselen?");

        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains("26 december 2026"), reply.text());
    }

    @Test
    void aKeyRedeemedLastWeekendIsAnsweredFromBothDays() {
        Reply reply = say("the code was redeemed last weekend, is it still usable?");

        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains("28 November 2026") && reply.text().contains("29 November 2026"), reply.text());
    }

    @Test
    void aWeekdayTwoWeeksAgoIsOneDateNotTwo() {
        Reply reply = say("ik heb de code maandag twee weken geleden ingewisseld, tot wanneer werkt hij?");

        assertEquals(Optional.of(LocalDate.of(2027, 11, 16)), reply.date(), reply.text());
    }
}
