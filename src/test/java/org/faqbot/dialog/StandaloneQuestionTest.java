package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** A question asked on its own (the HTTP API without a conversation) can not be asked back. */
class StandaloneQuestionTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    @Test
    void aDateThatReadsTwoWaysIsAnsweredForEachReading() {
        Reply reply = bot.reply(IncomingMessage.standalone("http:once", "I redeemed my key on 03/04/2021, until when can I use it?",
                Optional.of(Lang.EN), Optional.of(LocalDate.of(2021, 6, 15))));

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertTrue(reply.choices().isEmpty(), "no buttons nobody can press");
        assertTrue(reply.text().contains("If you meant 3 April 2021:"), reply.text());
        assertTrue(reply.text().contains("until 3 April 2022"), reply.text());
        assertTrue(reply.text().contains("If you meant 4 March 2021:"), reply.text());
        assertTrue(reply.text().contains("until 4 March 2022"), reply.text());
    }

    @Test
    void inAConversationTheSameDateIsAskedAbout() {
        Reply reply = bot.reply(IncomingMessage.of("c1", "I redeemed my key on 03/04/2021, until when can I use it?"));

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(2, reply.choices().size());
    }
}
