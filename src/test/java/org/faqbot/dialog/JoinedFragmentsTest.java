package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A question typed over several short messages is read together; a whole question alone is not joined to anything. */
class JoinedFragmentsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage("tg:" + conversation, "tg:u" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @Test
    void thingThenDatedStatementThenQuestionAreReadTogether() {
        say("f1", "our product key");
        Reply dated = say("f1", "redeemed on 14 april");
        Reply asked = say("f1", "is it still usable?");

        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), dated.date(), dated.text());
        assertEquals(ReplyType.RULE, asked.type(), asked.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), asked.date(), asked.text());
    }

    @Test
    void dutchThingThenDatedStatementIsReadTogether() {
        say("f2", "die productsleutel van ons");
        Reply dated = say("f2", "op 14 april geactiveerd");

        assertEquals(ReplyType.RULE, dated.type(), dated.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), dated.date(), dated.text());
    }

    @Test
    void dutchDatedFragmentThenGeneralQuestionIsAnsweredFromTheDate() {
        say("f3", "onze voordelen dan");
        say("f3", "lopen af op 20 mei");
        Reply asked = say("f3", "tot wanneer mogen we nog sleutels inwisselen?");

        assertEquals(ReplyType.RULE, asked.type(), asked.text());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 20)), asked.date(), asked.text());
    }

    @Test
    void aFragmentOfAnotherConversationIsNotJoined() {
        say("f4", "our product key");

        Reply dated = say("f5", "redeemed on 14 april");

        assertNotEquals(ReplyType.RULE, dated.type(), dated.text());
    }

    @Test
    void dutchChatPronounMInUntilWhenAfterADateAnswersFromIt() {
        say("f6", "ik heb mijn sleutel op 14 april 2026 geactiveerd");

        Reply asked = say("f6", "tot wanneer werkt m?");

        assertEquals(ReplyType.RULE, asked.type(), asked.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), asked.date(), asked.text());
    }

    @Test
    void untilWhenDoesItWorkAfterADateAnswersFromIt() {
        say("f7", "I activated my product key on 14 April 2026");

        Reply asked = say("f7", "and until when does it work?");

        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), asked.date(), asked.text());
    }
}
