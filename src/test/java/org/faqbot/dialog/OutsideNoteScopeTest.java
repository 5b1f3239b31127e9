package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * The note on a question the knowledge base is nowhere near says what the bot does answer: with other pages than the
 * Benefits FAQ that is the Partner Center documentation, not "only MPN benefits" (ninth round, M9). Worded here.
 */
class OutsideNoteScopeTest {

    private static FaqAssistant documentationBot() {
        List<FaqEntry> entries = new ArrayList<>(List.of(KnownTopicsTest.entry("other", EntryKind.QA, 1)));
        entries.addAll(TestAssistants.benefitsFaq().entries());
        return FaqAssistant.create(KnowledgeBase.of(entries), Stores.inMemory(), TestClock.at("2026-12-06"));
    }

    @Test
    void withTheDocumentationTheNoteNamesIt() {
        FaqAssistant bot = documentationBot();

        Reply english = bot.reply(IncomingMessage.of("c1", "How can we renew our benefits, and what time does the bakery close today?"));
        Reply dutch = bot.reply(IncomingMessage.of("c2", "hoe kunnen we onze voordelen verlengen en wat kost een brood bij de bakker?"));

        assertTrue(english.text().endsWith("is not something I know about: I answer questions from the Microsoft Partner Center "
                + "documentation."), english.text());
        assertTrue(dutch.text().endsWith("ik beantwoord vragen uit de documentatie van Microsoft Partner Center."), dutch.text());
        assertFalse(english.text().contains("only answer questions about Microsoft partner-programme"), english.text());
    }
}
