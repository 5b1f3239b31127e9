package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** "And my other key?" and two keys in one message: the same question about another of the same thing. */
class OtherKeyTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:8", "tg:u8", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void andMyOtherKeyAsksForThatKeysRedemptionDate() {
        say("I redeemed my key on 2 February 2026, until when can I use it?");

        Reply reply = say("what about my other key?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
    }

    @Test
    void dateAfterAndMyOtherKeyIsThatKeysRedemptionDate() {
        say("I redeemed my key on 2 February 2026, until when can I use it?");
        say("and my other key?");

        Reply reply = say("9 April");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 9)), reply.date());
    }

    @Test
    void sentenceAfterAndMyOtherKeyGivesThatKeysDate() {
        say("I redeemed my key on 2 February 2026, until when can I use it?");
        say("and the second key?");

        Reply reply = say("I redeemed that one on 9 April");

        assertEquals(Optional.of(LocalDate.of(2027, 4, 9)), reply.date());
    }

    @Test
    void dutchAndMyOtherKeyAsksForThatKeysDate() {
        say("Ik heb mijn sleutel op 2 februari 2026 ingewisseld, tot wanneer kan ik hem gebruiken?");
        Reply asked = say("en mijn andere sleutel?");

        Reply reply = say("op 9 april");

        assertEquals(Lang.NL, asked.lang());
        assertEquals(Optional.of("key_valid_until"), asked.intent());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 9)), reply.date());
    }

    @Test
    void twoKeysInOneMessageGetAnAnswerEach() {
        Reply reply = say("I redeemed one key on 2 February 2026 and another one on 9 April 2026. Until when can I use them?");

        assertEquals(ReplyType.RULE, reply.type());
        assertTrue(reply.text().contains("2 February 2027") && reply.text().contains("9 April 2027"), reply.text());
        assertTrue(reply.text().indexOf("2 February 2027") < reply.text().indexOf("9 April 2027"), reply.text());
    }

    @Test
    void dutchTwoKeysInOneMessageGetAnAnswerEach() {
        Reply reply = say("ik heb twee sleutels, eentje op 2 februari en eentje op 9 april ingewisseld. tot wanneer werken ze?");

        assertTrue(reply.text().contains("2 februari 2027") && reply.text().contains("9 april 2027"), reply.text());
    }

    @Test
    void correctedDateStaysOneAnswerWithTheLastDate() {
        Reply reply = say("I redeemed my key on 2 February 2026, no wait, on 9 April 2026. Until when can I use it?");

        assertEquals(Optional.of(LocalDate.of(2027, 4, 9)), reply.date());
        assertTrue(!reply.text().contains("2 February 2027"), reply.text());
    }
}
