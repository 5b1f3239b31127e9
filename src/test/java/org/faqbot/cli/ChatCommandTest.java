package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

class ChatCommandTest {

    private String chat(String input, boolean prompts) throws IOException {
        StringWriter out = new StringWriter();
        new ChatCommand().console(TestAssistants.standard(TestClock.at("2021-06-15")),
                new InputLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))), new PrintWriter(out), prompts);
        return out.toString();
    }

    @Test
    void onAPipeNoPromptIsPrinted() throws IOException {
        String output = chat("hi\nHow do I renew my benefits?\n", false);

        assertFalse(output.contains("> "), output);
        assertTrue(output.contains("renew"), output);
    }

    @Test
    void onATerminalEachLineIsPromptedFor() throws IOException {
        String output = chat("hi\n", true);

        assertEquals(2, output.split("\n> ", -1).length - 1, "a prompt before the line and one before the end:\n" + output);
    }

    @Test
    void aTestRunIsNoInteractiveConsole() {
        assertFalse(ChatCommand.interactive(), "surefire's standard input is no terminal");
    }

    @Test
    void aLineWithAControlCharacterIsNotedInEachLanguageInThatLanguage() throws IOException {
        String output = chat("\u0001hi\n", false);

        assertTrue(output.contains("(That line was not read: it holds control character U+0001 at column 1, which is not text.)"),
                output);
        assertTrue(output.contains("(Die regel heb ik niet gelezen: er staat controleteken U+0001 in op positie 1, en dat is geen tekst.)"),
                output);
    }

    @Test
    void aLineThatIsNotUtf8IsNotedInTheConversationsLanguage() throws IOException {
        StringWriter out = new StringWriter();
        byte[] input = {'H', 'o', 'e', ' ', 'v', 'e', 'r', 'l', 'e', 'n', 'g', ' ', 'i', 'k', ' ', 'm', 'i', 'j', 'n', ' ', 'v', 'o', 'o', 'r',
            'd', 'e', 'l', 'e', 'n', '?', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};

        new ChatCommand().console(TestAssistants.standard(TestClock.at("2021-06-15")),
                new InputLines(new ByteArrayInputStream(input)), new PrintWriter(out), false);

        String output = out.toString();
        assertTrue(output.contains("(Die regel heb ik niet gelezen: het is geen UTF-8-tekst.)"), output);
        assertFalse(output.contains("That line was not read"), output);
    }

    @Test
    void theConsoleOverMoreThanTheBenefitsFaqGreetsAsTheDocumentationsBot() throws IOException {
        // The fixture holds the Benefits FAQ and a page of its own: a knowledge base of the documentation.
        KnowledgeBase kb;
        try (InputStream in = ChatCommandTest.class.getResourceAsStream("/kb/fixture-kb.json")) {
            kb = KnowledgeBaseJson.read(in, "fixture-kb.json");
        }
        StringWriter out = new StringWriter();

        new ChatCommand().console(FaqAssistant.create(kb, Stores.inMemory(), TestClock.at("2026-12-06")),
                new InputLines(new ByteArrayInputStream(new byte[0])), new PrintWriter(out), false);

        assertTrue(out.toString().startsWith("faqbot: ask a question about the Microsoft Partner Center documentation"), out.toString());
    }

    @Test
    void theConsoleOverTheBenefitsFaqGreetsAsTheMpnBenefitsBot() throws IOException {
        String output = chat("", false);

        assertTrue(output.startsWith("faqbot: ask a question about your MPN benefits"), output);
    }
}
