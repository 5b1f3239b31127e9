package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A date the user gave stays known for the conversation (until forgotten or replaced), also while the bot asks
 * about other things in between, and someone else's day is not taken for the user's own.
 */
class ConversationMemoryTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:9", "tg:u9", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void expiryDateStaysKnownAfterTwoQuestionsBackInARow() {
        say("Our benefits run out on 28 February 2027.");
        say("How long can we still redeem product keys?");
        Reply key = say("And how long is a product key valid?");

        Reply vs = say("And the Visual Studio subscriptions?");
        Reply days = say("how many days left?");

        assertEquals(ReplyType.FAQ, key.type(), key.text());
        assertEquals(ReplyType.RULE, vs.type(), vs.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 30)), vs.date());
        assertEquals(ReplyType.RULE, days.type(), days.text());
        assertTrue(days.text().contains("84 days"), days.text());
    }

    @Test
    void dutchExpiryDateStaysKnownAfterTwoQuestionsBackInARow() {
        say("Onze voordelen vervallen op 28 februari 2027.");
        say("Tot wanneer kunnen we nog sleutels inwisselen?");
        Reply key = say("En hoe lang blijft een productcode geldig?");

        Reply vs = say("En de Visual Studio-abonnementen?");
        Reply days = say("hoeveel dagen nog?");

        assertEquals(ReplyType.FAQ, key.type(), key.text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 30)), vs.date(), vs.text());
        assertEquals(ReplyType.RULE, days.type(), days.text());
        assertTrue(days.text().contains("over 84 dagen"), days.text());
    }

    @Test
    void colleaguesQuestionAboutAnotherDayKeepsTheRenewalStartDate() {
        say("our renewal start date is 1 April 2027");
        say("can we renew on 10 April?");

        Reply reply = say("and my colleague asks if she can renew on 25 March");
        Reply days = say("how many days left?");

        assertEquals(Optional.of(false), reply.ok(), reply.text());
        assertTrue(reply.text().contains("25 March 2027"), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 1)), days.date(), days.text());
    }

    @Test
    void dutchColleaguesQuestionAboutAnotherDayKeepsTheRenewalStartDate() {
        say("onze verlengingsstartdatum is 1 april 2027");
        say("kunnen we op 10 april verlengen?");

        Reply reply = say("en mijn collega vraagt of ze op 25 maart al kan verlengen");
        Reply days = say("hoeveel dagen nog?");

        assertEquals(Optional.of(false), reply.ok(), reply.text());
        assertTrue(reply.text().contains("25 maart 2027"), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 1)), days.date(), days.text());
    }

    @Test
    void colleaguesKeyDateIsAnsweredBesideTheUsersOwnAndDoesNotReplaceIt() {
        say("I redeemed my key on 10 March 2026");

        Reply both = say("and my manager on 20 March");
        Reply mine = say("/mydata");

        assertTrue(both.text().contains("Your manager's:"), both.text());
        assertTrue(both.text().contains("10 March 2027") && both.text().contains("20 March 2027"), both.text());
        // The manager's date is listed only as the manager's, never as the user's own.
        assertTrue(mine.text().contains("10 March 2026") && mine.text().lines().filter(l -> l.contains("20 March 2026"))
                .allMatch(l -> l.contains("for your manager:")), mine.text());
    }

    @Test
    void dutchColleaguesKeyDateIsAnsweredBesideTheUsersOwnAndDoesNotReplaceIt() {
        say("ik heb mijn sleutel op 10 maart 2026 ingewisseld");

        Reply both = say("en mijn collega op 20 maart");
        Reply mine = say("/mydata");

        assertTrue(both.text().contains("Die van je collega:"), both.text());
        assertTrue(both.text().contains("10 maart 2027") && both.text().contains("20 maart 2027"), both.text());
        assertTrue(mine.text().contains("10 maart 2026") && mine.text().lines().filter(l -> l.contains("20 maart 2026"))
                .allMatch(l -> l.contains("voor je collega:")), mine.text());
    }
}
