package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The eleventh exploratory round's dates (today is Sunday 6 December 2026): the day asked about beside the fact's own
 * in either order, and the year of a yearless asked day. Worded here, not taken
 * from the evaluation cases or the round's report.
 */
class EleventhRoundDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void anEnglishConditionAfterTheQuestionDatesTheAssignment() {
        Reply reply = say("a", "May I move the Visual Studio subscription to a colleague on 2 January if I assigned it on 20 October?");

        // Assigned 20 October 2026: reassignable from 18 January 2027, so not yet on 2 January 2027.
        assertEquals(Optional.of(LocalDate.of(2027, 1, 18)), reply.date(), reply.text());
        assertEquals(Optional.of(false), reply.ok(), reply.text());
        assertTrue(reply.text().startsWith("**No, on 2 January 2027"), reply.text());
    }

    @Test
    void aDutchConditionAfterTheQuestionDatesTheAssignment() {
        Reply reply = say("b", "kan ik ons VS-abonnement op 25 januari aan een collega geven als ik het op 20 oktober heb toegewezen?");

        assertEquals(Optional.of(LocalDate.of(2027, 1, 18)), reply.date(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().startsWith("**Ja, op 25 januari 2027"), reply.text());
    }

    @Test
    void aKeysRedemptionInTheConditionIsTheFactInBothLanguages() {
        Reply english = say("c", "will our product key still work on 20 February if we redeemed it on 3 February?");
        Reply dutch = say("d", "werkt onze productcode op 20 februari nog als we hem op 3 februari hebben ingewisseld?");

        // Redeemed 3 February 2026: usable until 3 February 2027, so no longer on 20 February 2027.
        assertEquals(Optional.of(LocalDate.of(2027, 2, 3)), english.date(), english.text());
        assertEquals(Optional.of(false), english.ok(), english.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 3)), dutch.date(), dutch.text());
        assertEquals(Optional.of(false), dutch.ok(), dutch.text());
    }

    @Test
    void aPassedYearlessDayAfterThisYearsAssignmentIsThisYears() {
        Reply english = say("e", "We assigned VS to our tester on 5 August. Could it go to another tester on 20 October?");
        Reply dutch = say("f", "VS heb ik op 5 augustus toegewezen. Mag het op 20 oktober naar een andere tester?");

        // Reassignable from 3 November 2026: on 20 October 2026 not yet (next year's 20 October would say yes).
        assertEquals(Optional.of(false), english.ok(), english.text());
        assertTrue(english.text().contains("20 October 2026"), english.text());
        assertEquals(Optional.of(false), dutch.ok(), dutch.text());
        assertTrue(dutch.text().contains("20 oktober 2026"), dutch.text());
    }

    @Test
    void aYearlessDayAfterLastYearsRedemptionIsTheOneSinceIt() {
        Reply reply = say("g", "I redeemed the key on 20 Nov 2025. Did it still work on 10 Nov?");

        // Usable until 20 November 2026: on 10 November 2026 it was.
        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains("10 November 2026"), reply.text());
    }
}
