package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkRepliesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    private Reply say(String text) {
        return bot.reply(IncomingMessage.of("c1", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thank you so much!", "Top, dank!", "thanks a lot"})
    void thanksInAnyWordingGetsYoureWelcome(String text) {
        Reply reply = say(text);

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertTrue(reply.text().startsWith("You're welcome") || reply.text().startsWith("Graag gedaan"), reply.text());
    }

    @Test
    void howAreYouGetsTheShortIntroduction() {
        Reply reply = say("how are you?");

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertTrue(reply.text().contains("I'm faqbot"), reply.text());
    }

    @Test
    void dutchHowAreYouGetsTheDutchIntroduction() {
        Reply reply = bot.reply(IncomingMessage.of("c1", "hoe gaat het?").withLangHint(Optional.of(Lang.NL)));

        assertTrue(reply.text().contains("Ik ben faqbot"), reply.text());
    }

    @Test
    void whoAreYouInDutchGetsTheHelp() {
        Reply reply = bot.reply(IncomingMessage.of("c1", "wie ben jij?").withLangHint(Optional.of(Lang.NL)));

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertTrue(reply.text().contains("/remember"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "oké"})
    void bareOkGetsAShortAcknowledgement(String text) {
        Reply reply = say(text);

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertTrue(reply.text().startsWith("OK!") || reply.text().startsWith("Oké!"), reply.text());
    }

    @Test
    void greetingWithHowAreYouGetsTheShortIntroduction() {
        Reply reply = bot.reply(IncomingMessage.of("c1", "Hallo, hoe gaat het?").withLangHint(Optional.of(Lang.NL)));

        assertTrue(reply.text().contains("Ik ben faqbot"), reply.text());
    }

    @Test
    void thanksWithAClosingGetsYoureWelcomeAndGoodbye() {
        Reply reply = bot.reply(IncomingMessage.of("c1", "bedankt, dat was het").withLangHint(Optional.of(Lang.NL)));

        assertEquals("Graag gedaan! Tot ziens, en veel succes met je voordelen.", reply.text());
    }

    @Test
    void botOrHumanGetsThatItIsABotWithTheHelpCommand() {
        Reply reply = say("Are you a bot or a human?");

        assertTrue(reply.text().startsWith("I'm a bot (faqbot)"), reply.text());
        assertTrue(reply.text().contains("/help"), reply.text());
    }

    @Test
    void dutchWhatCanYouDoGetsTheHelp() {
        Reply reply = bot.reply(IncomingMessage.of("c1", "Wat kun je allemaal?").withLangHint(Optional.of(Lang.NL)));

        assertTrue(reply.text().contains("/remember"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can I talk to a human?", "Ik wil een mens spreken"})
    void askingForAHumanGetsWherePeopleHelp(String text) {
        Reply reply = say(text);

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertTrue(reply.text().contains("https://partner.microsoft.com/support"), reply.text());
    }
}
