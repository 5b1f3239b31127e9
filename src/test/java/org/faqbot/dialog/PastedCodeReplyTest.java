package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * Markup or code pasted as a message gets a fallback that says so, never the FAQ entry its identifiers happen to
 * share words with ("alert" is a notification); markup around a real question is read without its tags.
 */
class PastedCodeReplyTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    private Reply say(String text) {
        return bot.reply(IncomingMessage.of("c1", text));
    }

    @Test
    void aScriptIsNotAnsweredWithTheNotificationEntry() {
        Reply reply = say("<script>alert('your subscription expires')</script>");

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertEquals(Optional.empty(), reply.faqId());
        assertTrue(reply.text().startsWith("That looks like code or markup"), reply.text());
        assertEquals(0.0, reply.confidence());
    }

    @Test
    void sqlAndJsonGetTheSameFallback() {
        for (String code : List.of("SELECT key, expiry FROM benefits", "{\"notification\": \"renew\"}")) {
            Reply reply = say(code);

            assertEquals(ReplyType.FALLBACK, reply.type(), code);
            assertTrue(reply.text().startsWith("That looks like code or markup"), reply.text());
        }
    }

    @Test
    void markupAroundADutchQuestionIsAnsweredInDutch() {
        Reply reply = say("<p><b>Hoe kan ik onze voordelen verlengen?</b></p>");

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertEquals(Lang.NL, reply.lang());
        assertEquals(Optional.of("benefits-faq#q-how-do-i-renew-my-benefits"), reply.faqId());
    }

    @Test
    void markupAroundAGreetingIsAGreeting() {
        Reply reply = say("<i>hello</i>");

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
    }

    @Test
    void inlineLookupOffersNothingForCode() {
        assertEquals(List.of(), bot.lookup("<script>alert(1)</script>", Optional.empty(), 5));
    }
}
