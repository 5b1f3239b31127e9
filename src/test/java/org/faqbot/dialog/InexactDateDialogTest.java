package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** A date that is no single day ("more than a year ago") is explained and asked for, never computed with. */
class InexactDateDialogTest {

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock);

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void boundThatLeavesTheAnswerOpenIsExplainedAndTheDayAskedFor() {
        Reply reply = say("c1", "I redeemed my key more than 6 months ago, can I still use it?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Optional.empty(), reply.ok());
        assertEquals(Optional.empty(), reply.date());
        assertEquals("\"more than 6 months ago\" is not an exact date, and I need the exact day to work it out. "
                + "On what date did you redeem the product key?", reply.text());
    }

    @Test
    void dutchBoundaryIsExplainedInDutch() {
        Reply reply = say("c1", "Ik heb mijn productcode vóór 1 april 2021 ingewisseld, is hij nog geldig?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Lang.NL, reply.lang());
        assertTrue(reply.text().startsWith("\"vóór 1 april 2021\" is geen precieze datum"), reply.text());
    }

    @Test
    void exactDateGivenAfterTheQuestionIsAnswered() {
        say("c1", "Ik heb mijn sleutel ruim een jaar geleden ingewisseld, kan ik hem nog gebruiken?");

        Reply answer = say("c1", "op 2 juni 2020");

        assertEquals(ReplyType.RULE, answer.type());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 2)), answer.date());
        assertEquals(Optional.of(false), answer.ok());
    }

    @Test
    void exactDateBesideABoundaryIsTheOneUsed() {
        Reply reply = say("c1", "I redeemed my key on 1 December 2020, can I still use it after 1 June 2021?");

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
    }
}
