package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class CommandsTest {

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(Lang.EN), Optional.empty()));
    }

    @Test
    void slashAloneIsAnUnknownCommand() {
        Reply reply = say("/");

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertEquals("I don't know the command /. Type /help to see what I can do.", reply.text());
    }

    @Test
    void unknownCommandPointsToHelp() {
        Reply reply = say("/xyz");

        assertTrue(reply.text().startsWith("I don't know the command /xyz."), reply.text());
    }
}
