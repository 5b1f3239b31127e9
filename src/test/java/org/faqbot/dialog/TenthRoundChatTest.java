package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat of the tenth test round: a one-word yes or no both languages' users type keeps the conversation's language,
 * short replies and messages that only introduce their writer get small talk instead of "I don't know", and cancelling
 * reminders by place or "all" when there are none says so.
 */
class TenthRoundChatTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    private Reply say(String conversation, String text, Lang hint) {
        return bot.reply(IncomingMessage.of(conversation, text).withLangHint(Optional.of(hint)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "EN|ja|our membership benefits end on 28 February 2027, how many days remain?",
        "EN|nee|our membership benefits end on 28 February 2027, how many days remain?",
        "NL|yes|onze voordelen lopen af op 28 februari 2027, hoeveel dagen hebben we nog?",
        "NL|no|onze voordelen lopen af op 28 februari 2027, hoeveel dagen hebben we nog?"})
    void aOneWordYesOrNoToRememberKeepsTheConversationsLanguage(Lang lang, String answer, String question) {
        String conversation = "shared-" + lang + "-" + answer;
        say(conversation, question);
        Reply asked = say(conversation, "/remember");
        assertEquals(lang, asked.lang(), asked.text());

        Reply answered = say(conversation, answer);
        Reply listed = say(conversation, "/reminders");

        assertEquals(lang, answered.lang(), answered.text());
        assertEquals(lang, listed.lang(), listed.text());
        if (answer.equals("ja") || answer.equals("yes")) {
            Reply data = say(conversation, "/mydata");
            assertTrue(data.text().contains(lang == Lang.EN ? "28 February 2027" : "28 februari 2027"), data.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"np|EN", "no worries|EN", "geen probleem|NL", "idk|EN", "dunno|EN", "geen idee|NL",
        "hmm|EN", "tja|NL", "...|EN", "??|NL", "…|EN"})
    void shortChatRepliesAreSmallTalkNotTheFallback(String text, Lang lang) {
        Reply reply = say("short-" + text, text, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(lang, reply.lang(), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Best regards,\nMarco Visser\nLicensing Lead\nFabrikam BV'|EN|no question yet",
        "'With kind regards,\nAnna de Vries'|EN|no question yet",
        "'Vriendelijke groeten,\nKees Bakker\nInkoper\nTailspin IT'|NL|nog geen vraag",
        "'Hoi,\n\nMet vriendelijke groet,\nSofie Peeters'|NL|nog geen vraag"})
    void aSignatureAloneAsksForTheQuestionInItsClosingsLanguage(String text, Lang lang, String expected) {
        Reply reply = say("signature-" + text.hashCode(), text);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(lang, reply.lang(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Good morning, we are a reseller based in Bristol|EN|How can I help",
        "Hello there, my name is Tom from Northwind|EN|How can I help",
        "Goedemorgen, wij zijn een IT-bedrijf uit Zwolle|NL|Waarmee kan ik je helpen",
        "Hallo, ik ben Eva van een kleine reseller|NL|Waarmee kan ik je helpen"})
    void aGreetingWithAnIntroductionAsksHowToHelp(String text, Lang lang, String expected) {
        Reply reply = say("intro-" + text.hashCode(), text);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertEquals(lang, reply.lang(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Good morning, we are a reseller based in Bristol. How do I renew my benefits?",
        "Goedemorgen, wij zijn een IT-bedrijf uit Zwolle. Hoe verleng ik mijn voordelen?",
        "'Hi,\nhow do I renew my benefits?\nBest regards,\nMarco'"})
    void aQuestionAfterTheIntroductionIsStillAnswered(String text) {
        Reply reply = say("intro-question-" + text.hashCode(), text);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"delete the first one|EN|You have no reminders", "remove all|EN|You have no reminders",
        "schrap de laatste|NL|Je hebt geen herinneringen", "alle verwijderen|NL|Je hebt geen herinneringen"})
    void cancellingRemindersByPlaceOrAllWithNoneSaysThereAreNone(String text, Lang lang, String expected) {
        String conversation = "none-" + text;
        say(conversation, lang == Lang.EN ? "how do I renew my benefits?" : "hoe verleng ik mijn voordelen?");

        Reply reply = say(conversation, text);

        assertEquals(lang, reply.lang(), reply.text());
        assertEquals(expected + ".", reply.text());
    }

    @Test
    void cancellingByPlaceWithRemindersShowsTheListToPickFrom() {
        String conversation = "some-reminders";
        say(conversation, "remember that our benefits expire on 28 February 2027");
        say(conversation, "remind me");

        Reply reply = say(conversation, "delete the first one");

        assertNotEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertFalse(reply.choices().isEmpty(), reply.text());
        assertTrue(reply.choices().stream().allMatch(c -> c.payload().startsWith("/reminders cancel")), reply.choices().toString());
    }
}
