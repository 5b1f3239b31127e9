package org.faqbot.dialog;

import java.io.IOException;
import java.io.InputStream;
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
            try (InputStream in = TestAssistants.class.getResourceAsStream("/faq-data/kb.json");
                    InputStream vectors = TestAssistants.class.getResourceAsStream("/faq-data/kb.vectors")) {
                kb = KnowledgeBaseJson.read(in, "/faq-data/kb.json")
                        .withVectors(org.faqbot.kb.VectorFile.read(new java.io.BufferedInputStream(vectors), "/faq-data/kb.vectors"));
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
