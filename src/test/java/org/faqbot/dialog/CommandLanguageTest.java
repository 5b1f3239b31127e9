package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** A command is answered in the conversation's language, unless the words after it are a sentence in another. */
class CommandLanguageTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final FaqAssistant bot = TestAssistants.standard(clock);

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

    @Test
    void theConversationsLanguageIsForgottenAfterAQuarterOfAnHourOfQuiet() {
        say("Hoe verleng ik mijn voordelen?");
        clock.advance(Duration.ofMinutes(14));
        Lang withinTheQuarter = say("/help").lang();
        clock.advance(Duration.ofMinutes(2));

        Reply afterIt = say("/help");

        assertEquals(Lang.NL, withinTheQuarter);
        assertEquals(Lang.EN, afterIt.lang(), "no hint left: the detector's default");
    }
}
