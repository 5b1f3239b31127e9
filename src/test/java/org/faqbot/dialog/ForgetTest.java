package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForgetTest {

    private final TestClock clock = TestClock.at("2021-06-15");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"no|EN|OK, nothing deleted", "nee|NL|Goed, niets gewist", "laat maar|NL|Goed, niets gewist"})
    void noAfterForgetDeletesNothingAndSaysSo(String answer, Lang lang, String expected) {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/forget", lang);

        Reply reply = say(answer, lang);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertEquals(1, stores.profiles().facts("tg:u1").size());
        assertEquals(3, stores.reminders().pending("tg:u1").size());
    }

    @Test
    void yesAfterForgetDeletesDatesAndReminders() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/forget", Lang.EN);

        Reply reply = say("yes", Lang.EN);

        assertTrue(reply.text().startsWith("Done: I deleted 1 remembered dates, 3 reminders"), reply.text());
        assertTrue(stores.profiles().facts("tg:u1").isEmpty());
        assertTrue(stores.reminders().pending("tg:u1").isEmpty());
    }

    @Test
    void aQuestionAfterForgetIsAnsweredAndNothingDeleted() {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/forget", Lang.EN);

        Reply reply = say("How do I renew my benefits?", Lang.EN);

        assertEquals(ReplyType.FAQ, reply.type());
        assertEquals(1, stores.profiles().facts("tg:u1").size());
    }
}
