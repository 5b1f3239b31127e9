package org.faqbot.rules;

import java.util.Objects;
import org.faqbot.kb.Bilingual;

/**
 * A sentence added to a rule's answer when the user also gave another fact, e.g. "that holds even
 * though your benefits expire on {other}".
 */
public record RuleNote(String fact, Bilingual text) {

    public RuleNote {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(text, "text");
    }
}
