package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A question two pages answer alike gets one answer that names the other page, in the user's language. */
class DuplicateAnswerReplyTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void readFixture() throws IOException {
        // The fixture holds the Benefits FAQ and a second page that repeats "When can I renew my membership?".
        try (InputStream in = DuplicateAnswerReplyTest.class.getResourceAsStream("/kb/fixture-kb.json")) {
            kb = KnowledgeBaseJson.read(in, "fixture-kb.json");
        }
    }

    private static Reply ask(String text) {
        return FaqAssistant.create(kb, Stores.inMemory(), TestClock.at("2021-06-01")).reply(IncomingMessage.of("dup", text));
    }

    @Test
    void englishAnswerNamesTheOtherPageOnce() {
        Reply reply = ask("When can I renew my membership?");

        assertEquals(ReplyType.FAQ, reply.type());
        assertTrue(reply.text().contains("The same answer is also on: "), reply.text());
        assertEquals(1, reply.text().split("also on", -1).length - 1, reply.text());
        assertTrue(reply.text().contains("/en-us/"), reply.text());
        assertFalse(reply.text().contains("/nl-nl/"), reply.text());
    }

    @Test
    void dutchAnswerNamesItInDutch() {
        Reply reply = ask("Wanneer kan ik mijn lidmaatschap verlengen?");

        assertEquals(ReplyType.FAQ, reply.type());
        assertTrue(reply.text().contains("Hetzelfde antwoord staat ook op: "), reply.text());
        assertTrue(reply.text().contains("/nl-nl/"), reply.text());
    }
}
