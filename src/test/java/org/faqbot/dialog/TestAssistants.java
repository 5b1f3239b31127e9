package org.faqbot.dialog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.store.Stores;

/** The real assistant over the shipped Benefits FAQ, for tests of the core and its channels. */
public final class TestAssistants {

    private static KnowledgeBase kb;

    private TestAssistants() {
    }

    public static synchronized KnowledgeBase benefitsFaq() {
        if (kb == null) {
            // With its shipped vectors: without them every assistant would encode the entries again.
            try {
                kb = KnowledgeBaseJson.readResource("/faq-data/kb.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kb;
    }

    public static FaqAssistant standard(Clock clock) {
        return FaqAssistant.create(benefitsFaq(), Stores.inMemory(), clock);
    }

    public static FaqAssistant standard(Clock clock, Stores stores) {
        return FaqAssistant.create(benefitsFaq(), stores, clock);
    }
}
