package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** A command is answered in the conversation's language, unless the words after it are a sentence in another. */
class CommandLanguageTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:9", "tg:u9", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void aDutchSentenceAfterACommandInAnEnglishConversationIsAnsweredInDutch() {
        say("How do I renew my benefits?");

        Reply reply = say("/remember onze voordelen verlopen op 20 december");

        assertEquals(Lang.NL, reply.lang(), reply.text());
    }

    @Test
    void aCommandWithoutASentenceKeepsTheConversationsLanguage() {
        say("How do I renew my benefits?");

        assertEquals(Lang.EN, say("/mydata").lang());
        assertEquals(Lang.EN, say("/remind benefit_expiry").lang());
    }
}
