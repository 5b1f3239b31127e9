package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.dialog.CommandWords.Command;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** Requests to the bot in words after an acknowledgement or a change of mind, and reminders asked for on the day. */
class RequestLeadTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:12", "tg:u12", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void remindAfterAnAcknowledgementIsARemindRequest() {
        assertEquals(Optional.of(new CommandWords.Asked(Command.REMIND, Lang.EN)), CommandWords.asked("alright, remind us"));
    }

    @Test
    void dutchRemindOnTheDayItselfAfterAnAcknowledgementIsARemindRequest() {
        assertEquals(Optional.of(new CommandWords.Asked(Command.REMIND, Lang.NL)), CommandWords.asked("oké, herinner me op de dag zelf"));
    }

    @Test
    void forgetADateAfterAChangeOfMindIsAForgetRequest() {
        assertEquals(Optional.of(new CommandWords.Asked(Command.FORGET, Lang.EN)),
                CommandWords.asked("hmm we just renewed it, forget our expiry date"));
    }

    @Test
    void dutchStopTheRemindersAfterAChangeOfMindListsThem() {
        assertEquals(Optional.of(new CommandWords.Asked(Command.REMINDERS, Lang.NL)),
                CommandWords.asked("laat toch maar, stop de herinneringen"));
    }

    @Test
    void aQuestionAfterAnAcknowledgementStaysAQuestion() {
        assertEquals(Optional.empty(), CommandWords.asked("ok, how do I delete my data in Partner Center?"));
    }

    @Test
    void remindOnTheDaySetsTheRemindersOfTheRememberedDate() {
        say("/remember our renewal start date is 1 April 2027");

        Reply reply = say("please remind me on that day");

        assertTrue(reply.text().contains("1 April 2027") && reply.text().contains("remind"), reply.text());
    }
}
