package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule's object named by a pronoun, in one message or after an earlier one (today is 15 June 2021). */
class PronounRoutingTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    @Test
    void aKeyCalledItIsStillTheKey() {
        Reply reply = say("c1", "I redeemed it on 1 December 2020, until when can I use it?");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
    }

    @Test
    void aSubscriptionCalledHemIsStillTheSubscription() {
        Reply reply = say("c1", "Ik heb hem op 1 maart aan een collega toegewezen, wanneer mag ik hem aan iemand anders geven?");

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of(LocalDate.of(2021, 5, 30)), reply.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ik denk dat ik hem op 1 december 2020 heb ingewisseld, tot wanneer is hij geldig?",
            "I think that I redeemed it on 1 December 2020, until when does it work?"})
    void aConjunctionBeforeThePronounIsNoThingOfItsOwn(String text) {
        Reply reply = say("c1", text);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), reply.date());
    }

    @Test
    void anObjectNamedInTheMessageBeforeIsReferredToByAPronoun() {
        say("c1", "I have a product key from our MPN benefits");
        Reply reply = say("c1", "I redeemed it on 1 December 2020, until when can I use it?");

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"My milk expired yesterday, can I still drink it?",
            "I assigned a parking spot to a colleague on 1 March, when can I reassign it?",
            "Ik heb een parkeerplek op 1 maart aan een collega toegewezen, wanneer mag ik hem opnieuw toewijzen?",
            "My coupon expires on 1 July, until when can I use it?"})
    void aPronounAfterAThingOfItsOwnIsNotTheRulesObject(String text) {
        Reply reply = say("c1", text);

        assertEquals(Optional.empty(), reply.intent(), reply.text());
        assertNotEquals(ReplyType.RULE, reply.type(), reply.text());
    }
}
