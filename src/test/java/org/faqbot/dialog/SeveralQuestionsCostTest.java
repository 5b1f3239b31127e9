package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.search.EncoderLoader;
import org.faqbot.store.Stores;
import org.faqbot.testing.CountingEncoder;
import org.junit.jupiter.api.Test;

/**
 * The questions of a message that asks several are searched by the cascade's cheap stages first: the encoder, most of
 * a reply's cost, is asked for only for a question they cannot decide that can still change the reply. Counted as the
 * encoder's calls (asking whether it is there costs nothing; a search ahead asks on its own thread). Worded here, not taken from the evaluation cases.
 */
class SeveralQuestionsCostTest {

    private static final String RENEW = "benefits-faq#q-how-do-i-renew-my-benefits";

    private static final CountingEncoder ENCODER = new CountingEncoder(EncoderLoader.await().orElseThrow());
    private final FaqAssistant bot = FaqAssistant.of(AssistantParts.standard(TestAssistants.benefitsFaq(), Stores.inMemory(),
            TestClock.at("2021-06-15"), () -> Optional.of(ENCODER)));

    /** The reply to {@code text}, in a conversation of its own, and how often its searches asked for the encoder. */
    private record Counted(Reply reply, int encodings) {
    }

    private Counted say(String text) {
        long before = ENCODER.calls();
        Reply reply = bot.reply(IncomingMessage.of("c-" + text.hashCode(), text));
        return new Counted(reply, (int) (ENCODER.calls() - before));
    }

    @Test
    void aQuestionFarFromTheFaqCostsNoEncoding() {
        Counted counted = say("How can we renew our benefits? And is the weather nice in Amsterdam today?");

        assertEquals(Optional.of(RENEW), counted.reply().faqId(), counted.reply().text());
        assertTrue(counted.reply().others().isEmpty(), counted.reply().text());
        assertEquals(0, counted.encodings(), counted.reply().text());
    }

    @Test
    void aQuestionThatCannotChangeTheReplySparesTheOthersEncoding() {
        Counted whole = say("How long do we have to use the benefits of one membership year?");
        Counted counted = say("How long do we have to use the benefits of one membership year, and what time does the bakery open?");

        assertEquals(whole.reply().faqId(), counted.reply().faqId(), counted.reply().text());
        assertTrue(counted.reply().others().isEmpty(), counted.reply().text());
        // The whole message's own search; the question about the bakery gets no answer, so the one before it cannot
        // change the reply and is not searched.
        assertEquals(whole.encodings(), counted.encodings(), counted.reply().text());
    }

    @Test
    void questionsTheStatementsGiveTheFirstsRuleAreNotSearchedAlone() {
        Counted counted = say("We redeemed our key on 3 February 2021. It lasts a year from then, right? What is the exact last day?");

        assertEquals(Optional.of("key_valid_until"), counted.reply().intent(), counted.reply().text());
        assertTrue(counted.reply().others().isEmpty(), counted.reply().text());
        assertEquals(0, counted.encodings(), counted.reply().text());
    }
}
