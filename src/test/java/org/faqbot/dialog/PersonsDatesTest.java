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
 * Another person's date kept under their name for the conversation (today is 6 December 2026): a question that gives
 * only theirs is answered as theirs, the user's own date next is answered beside it, and "and X's?" later gives X's
 * date, not the user's.
 */
class PersonsDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("pd", "u-pd", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my teammate Joris activated his key on 4 April 2026, until when does it work for him?|and mine on 9 September 2026"
            + "|what about Joris's?|Joris|and mine?",
        "mijn stagiair Femke heeft haar sleutel op 4 april 2026 ingewisseld, tot wanneer werkt die?|en ik de mijne op 9 september 2026"
            + "|hoe zit het met die van Femke?|Femke|en voor de mijne?"})
    void eachPersonsDateStaysTheirs(String theirs, String own, String askedAgain, String name, String mine) {
        Reply first = say(theirs);
        Reply both = say(own);
        Reply again = say(askedAgain);
        Reply ownAgain = say(mine);

        assertTrue(first.text().contains(name), first.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 4)), first.date(), first.text());
        assertTrue(both.text().contains(name), both.text());
        assertTrue(both.text().toLowerCase().contains("9 september 2027") && both.text().toLowerCase().contains("4 april 2027"), both.text());
        assertEquals(ReplyType.RULE, again.type(), again.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 4)), again.date(), again.text());
        assertFalse(again.text().contains("9 september") || again.text().contains("9 September"), again.text());
        assertEquals(Optional.of(LocalDate.of(2027, 9, 9)), ownAgain.date(), ownAgain.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I activated my key on 2 February 2026, how long does it work?|and my intern Bram on 20 March 2026|how many days are left?|and Bram's?|Bram",
        "ik heb mijn sleutel op 2 februari 2026 ingewisseld, hoe lang werkt die?|en mijn teamgenoot Lotte op 20 maart 2026"
            + "|hoeveel dagen nog?|en die van Lotte?|Lotte"})
    void aNamedPersonsDateAnswersTheirFollowUp(String own, String theirs, String count, String askedAgain, String name) {
        say(own);
        say(theirs);
        Reply each = say(count);
        Reply again = say(askedAgain);

        assertTrue(each.text().contains(name), each.text());
        assertEquals(ReplyType.RULE, again.type(), again.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 20)), again.date(), again.text());
    }
}
