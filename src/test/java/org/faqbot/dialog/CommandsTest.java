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

    @Test
    void typedDatePayloadOutsideThePlausibleYearsIsRefusedAsATypedDateIs() {
        say("Until when can I use my product key?");

        Reply reply = say("/date 1990-01-01");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals("\"1990-01-01\" is outside the years I can work with (2000 to 2100). Could you check the year?", reply.text());
    }

    @Test
    void typedDatePayloadInRangeStillAnswersTheOpenQuestion() {
        say("Until when can I use my product key?");

        Reply reply = say("/date 2021-03-03");

        assertEquals(Optional.of(java.time.LocalDate.of(2022, 3, 3)), reply.date());
    }

    @Test
    void placeOfAReadingTypedInWordsPicksIt() {
        say("I redeemed my key on 03/04/2021, until when can I use it?");

        Reply reply = say("the second one");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(java.time.LocalDate.of(2022, 3, 4)), reply.date());
    }

    @Test
    void placeNotOfferedShowsTheReadingsAgain() {
        say("I redeemed my key on 03/04/2021, until when can I use it?");

        Reply reply = say("5");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(2, reply.choices().size());
        assertEquals("/date 2021-04-03", reply.choices().get(0).payload());
    }

    @Test
    void unsupportedLanguageIsSaidToBeUnsupported() {
        Reply reply = say("/lang fr");

        assertTrue(reply.text().startsWith("I can't answer in \"fr\""), reply.text());
        assertEquals(2, reply.choices().size());
    }

    @Test
    void bareLangAsksWhichLanguage() {
        Reply reply = say("/lang");

        assertEquals("Which language would you like me to answer in?", reply.text());
    }
}
