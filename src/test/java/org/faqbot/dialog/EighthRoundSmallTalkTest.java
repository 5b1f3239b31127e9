package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small talk the eighth test round found answered wrongly: who made the bot, the date of another day than today,
 * emoji and sighs that ask nothing, and "help" with a pronoun.
 */
class EighthRoundSmallTalkTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text, Lang hint) {
        return bot.reply(IncomingMessage.of("c8", text).withLangHint(Optional.of(hint)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"who built this bot?|EN|made by", "who's your creator?|EN|made by",
        "wie heeft deze bot gemaakt?|NL|gemaakt door", "wie is jouw maker?|NL|gemaakt door"})
    void whoMadeTheBotIsAnsweredNotTheHelpText(String text, Lang lang, String expected) {
        Reply reply = say(text, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type());
        assertEquals(lang, reply.lang());
        assertTrue(reply.text().contains(expected), reply.text());
        assertNotEquals(say("/help", lang).text(), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"welke dag is het overmorgen?|NL|dinsdag 8 december 2026",
        "de hoeveelste is het morgen?|NL|maandag 7 december 2026",
        "what day is christmas eve this year?|EN|Thursday 24 December 2026",
        "which day was new year's day?|EN|Thursday 1 January 2026",
        "welke dag valt eerste kerstdag?|NL|vrijdag 25 december 2026"})
    void theDateOfAnotherDayIsAnsweredByTheBotsToday(String text, Lang lang, String expected) {
        Reply reply = say(text, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what date is my key valid until?", "welke datum staat er op mijn sleutel?"})
    void aDateQuestionAboutAThingIsNoDayAsked(String text) {
        assertNotEquals(ReplyType.SMALLTALK, say(text, Lang.EN).type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"🙈|EN", "🗝️🗝️|EN", "🇬🇧?|EN", "🤦‍♀️|NL", "meh|EN", "zucht|NL", "rip me|EN"})
    void anEmojiOrASighThatAsksNothingGetsWhatTheBotCanDo(String text, Lang lang) {
        Reply reply = say(text, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().contains("/help"), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"help mij|NL", "kun je me helpen?|NL", "can you help me?|EN", "I need help|EN"})
    void helpWithAPronounGetsTheHelp(String text, Lang lang) {
        Reply reply = say(text, lang);

        assertEquals(say("/help", lang).text(), reply.text());
        assertFalse(reply.text().isBlank());
    }
}
