package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void insultsGetTheShortSorryInTheirLanguage() {
        Reply english = say("you are such a useless bot");
        Reply dutch = say("wat een stomme kutbot");

        assertEquals(ReplyType.SMALLTALK, english.type());
        assertTrue(english.text().contains("/help") && english.text().contains("partner.microsoft.com/support"), english.text());
        assertEquals(Lang.NL, dutch.lang());
        assertTrue(dutch.text().startsWith("Sorry dat ik je niet kon helpen"), dutch.text());
    }

    @Test
    void todaysDateIsTheClocksDayInTheUsersLanguage() {
        assertTrue(say("what date is it today?").text().startsWith("Today is Tuesday 15 June 2021."));
        assertTrue(say("welke datum is het vandaag?").text().startsWith("Vandaag is het dinsdag 15 juni 2021."));
    }

    @Test
    void otherAssistantsAndAnyoneThereGetWhatTheBotIs() {
        Reply assistant = say("are you chatgpt?");
        Reply there = say("is er iemand?");

        assertTrue(assistant.text().startsWith("No, I'm faqbot"), assistant.text());
        assertEquals(Lang.NL, there.lang());
        assertTrue(there.text().startsWith("Ja, ik ben er!"), there.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200C\u200D\uFEFF\u2060", " \u2060 \u00A0"})
    void aMessageOfInvisibleCharactersGetsTheEmptyMessageAnswer(String text) {
        Reply reply = say(text);

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertTrue(reply.text().startsWith("Please type your question"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ok, thank you. and is my product key still valid?|is my product key still valid?",
        "Top, bedankt! En is mijn productcode nog geldig?|is mijn productcode nog geldig?"})
    void thanksInFrontOfAQuestionGetTheQuestionsAnswer(String text, String alone) {
        Reply question = bot.reply(IncomingMessage.of("q", alone));
        Reply reply = bot.reply(IncomingMessage.of("t", text));

        assertEquals(question.type(), reply.type());
        assertEquals(question.intent(), reply.intent());
        assertEquals(question.text(), reply.text());
    }
}
