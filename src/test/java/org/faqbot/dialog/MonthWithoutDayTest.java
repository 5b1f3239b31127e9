package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** The question back for the day names the month the message gave for the user's event (today is 6 December 2026). */
class MonthWithoutDayTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String conversation, String text, Lang lang) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void aStatedEventInAMonthAsksForTheDayInThatMonth() {
        Reply english = say("c1", "We redeemed our product key in April", Lang.EN);
        Reply dutch = say("c2", "wij hebben onze productcode in april 2026 ingewisseld, hoe lang kunnen we hem gebruiken?", Lang.NL);

        assertTrue(english.text().endsWith("If you tell me the day in April, I'll work it out for you: On what date did you "
                + "redeem the product key?"), english.text());
        assertTrue(dutch.text().endsWith("Als je me de dag in april 2026 geeft, reken ik het voor je uit: Op welke datum heb je "
                + "de productcode ingewisseld?"), dutch.text());
    }

    @Test
    void aMonthOutsideTheEventsClauseIsNotItsMonth() {
        Reply reply = say("c1", "until when can we redeem our benefits in April?", Lang.EN);

        assertFalse(reply.text().contains("in April, I'll"), reply.text());
    }

    @Test
    void aMonthGivenAsTheAnswerToTheQuestionBackIsNamed() {
        say("c1", "until when can I use my product key?", Lang.EN);
        say("c2", "tot wanneer kan ik mijn productcode gebruiken?", Lang.NL);

        Reply english = say("c1", "I think it was in April", Lang.EN);
        Reply dutch = say("c2", "ergens in april", Lang.NL);

        // The month's days answer (chat20): the range of last days, and the question for the day names the month.
        assertTrue(english.text().contains("Until a day between 1 April 2027 and 30 April 2027"), english.text());
        assertTrue(english.text().contains("If you tell me the day in April"), english.text());
        assertTrue(dutch.text().contains("Tot en met een dag tussen 1 april 2027 en 30 april 2027"), dutch.text());
        assertTrue(dutch.text().contains("Als je me de dag in april geeft"), dutch.text());
    }

    @Test
    void anotherEventsMonthIsNotTheAnswersMonth() {
        say("c1", "until when can I use my product key?", Lang.EN);

        Reply reply = say("c1", "we assigned the Visual Studio subscription to Ann in June", Lang.EN);

        assertFalse(reply.text().contains("the day in June"), reply.text());
    }

    @Test
    void theDayAloneAfterTheQuestionBackIsReadInTheMonthItNamed() {
        say("c1", "We redeemed our product key in April", Lang.EN);
        say("c2", "wij hebben onze productcode in april 2025 ingewisseld, hoe lang kunnen we hem gebruiken?", Lang.NL);

        Reply english = say("c1", "the 9th", Lang.EN);
        Reply dutch = say("c2", "de 9e", Lang.NL);

        assertEquals(Optional.of(LocalDate.of(2027, 4, 9)), english.date(), english.text());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 9)), dutch.date(), dutch.text());
    }

    @Test
    void theDayAloneAfterAMonthGivenAsTheAnswerIsReadInThatMonth() {
        say("c1", "until when can I use my product key?", Lang.EN);
        say("c1", "I think it was in April", Lang.EN);

        Reply reply = say("c1", "9", Lang.EN);

        assertEquals(Optional.of(LocalDate.of(2027, 4, 9)), reply.date(), reply.text());
    }

    @Test
    void aDayTheMonthDoesNotHaveLeavesTheMonthAskedFor() {
        say("c1", "ik heb de sleutel in februari ingewisseld, tot wanneer werkt hij?", Lang.NL);
        Reply impossible = say("c1", "de 30e", Lang.NL);

        Reply reply = say("c1", "o nee, de 27e", Lang.NL);

        assertTrue(impossible.text().startsWith("\"de 30e februari\" is geen bestaande datum"), impossible.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 27)), reply.date(), reply.text());
    }

    /**
     * Without a month asked, "the 9th" alone is read as "on the 9th" is (dates18): the last 9th for a key redeemed, the
     * full date said in the reply so that a wrong month shows; before, the bot asked for the date again.
     */
    @Test
    void aDayAloneWithoutAMonthAskedIsTheLastSuchDay() {
        say("c1", "until when can I use my product key?", Lang.EN);

        Reply reply = say("c1", "the 9th", Lang.EN);

        assertEquals(Optional.of(LocalDate.of(2027, 11, 9)), reply.date(), reply.text());
        assertTrue(reply.text().contains("9 November 2026"), reply.text());
    }
}
