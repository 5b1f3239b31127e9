package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

class MyDataTest {

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(Lang.EN), Optional.empty()));
    }

    @Test
    void eachReminderIsListedWithTheDayItIsSent() {
        say("remember that our benefits expire on 31 January 2022");
        say("/remind benefit_expiry");

        Reply reply = say("/mydata");

        assertTrue(reply.text().contains("- a reminder on 1 January 2022 about your benefit expiry date (31 January 2022)\n"
                + "- a reminder on 24 January 2022 about your benefit expiry date (31 January 2022)\n"
                + "- a reminder on 30 January 2022 about your benefit expiry date (31 January 2022)"), reply.text());
    }

    @Test
    void theLanguageLastWrittenInIsListedInItsOwnWords() {
        bot.reply(new IncomingMessage("tg:2", "tg:u2", "hoe verleng ik mijn voordelen?", Optional.empty(), Optional.empty()));

        Reply reply = bot.reply(new IncomingMessage("tg:2", "tg:u2", "/mydata", Optional.empty(), Optional.empty()));

        assertTrue(reply.text().contains("- de taal waarin je het laatst schreef, zodat opdrachten en korte berichten daarin"
                + " beantwoord worden: Nederlands (vergeten na 15 minuten zonder bericht)"), reply.text());
    }

    @Test
    void answeredQuestionIsNotListedAsOpen() {
        say("I redeemed my key on 3 March 2021, until when can I use it?");

        Reply reply = say("/mydata");

        assertFalse(reply.text().contains("open question"), reply.text());
        assertTrue(reply.text().contains("for follow-up questions in this conversation: the date you redeemed the product key: 3 March 2021"),
                reply.text());
    }

    @Test
    void questionStillWaitingForItsDateIsListedAsOpen() {
        say("Until when can I use my product key?");

        Reply reply = say("/mydata");

        assertTrue(reply.text().contains("an open question of mine: the date you redeemed the product key"), reply.text());
    }

    @Test
    void nothingIsListedAsOpenRightAfterRemembering() {
        say("remember that our benefits expire on 31 January 2022");

        Reply reply = say("/mydata");

        assertFalse(reply.text().contains("open question"), reply.text());
        assertFalse(reply.text().contains("@"), reply.text());
    }

    @Test
    void reminderForADateWorkedOutFromAFactNamesBothDates() {
        Reply remembered = say("remember that I redeemed my product key on 1 March 2021");
        say(remembered.choices().get(0).payload());

        Reply reply = say("/mydata");

        assertTrue(reply.text().contains("- a reminder on 28 February 2022 about 1 March 2022, worked out from the date you "
                + "redeemed the product key (1 March 2021)"), reply.text());
        assertFalse(reply.text().contains("about the date you redeemed the product key (1 March 2022)"), reply.text());
    }

    @Test
    void nothingIsListedAsOpenWhileABareRememberWaits() {
        say("/remember");

        Reply reply = say("/mydata");

        assertFalse(reply.text().contains("open question"), reply.text());
    }

    @Test
    void everyLineStartsInLowerCaseAsTheRememberedDatesDo() {
        say("remember that our benefits expire on 31 January 2022");
        say("/remind benefit_expiry");
        say("/lang en");

        Reply reply = say("/mydata");

        assertTrue(reply.text().contains("- your language choice: English"), reply.text());
        assertTrue(reply.text().lines().filter(l -> l.startsWith("- ")).allMatch(l -> Character.isLowerCase(l.charAt(2))), reply.text());
    }
}
