package org.faqbot.dialog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.Supposition;
import org.faqbot.rules.Fact;

/**
 * The facts a message without dates supposes or plans ("if I redeem my key ..., until when?", "stel dat ik hem
 * inwissel"), for {@link RuleChoice}: the rule counting from that fact is asked, not the one whose deadline the same
 * verb names ("until when can I redeem?"). A fact's words of either language count, as Dutch messages mix in English.
 */
final class SupposedFacts {

    private final List<Fact> facts;

    SupposedFacts(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    /** The ids of the facts whose words stand in a supposition or plan of {@code text}. */
    Set<String> in(String text, Lang lang) {
        if (!Supposition.mayHold(text)) {
            // Most messages suppose nothing; each cue's position would read the whole sentence again.
            return Set.of();
        }
        String normalized = Normalized.of(text);
        Set<String> supposed = new HashSet<>();
        for (Fact fact : facts) {
            for (String cue : EndCues.bothLanguages(fact::cues, lang).toList()) {
                if (supposed(text, normalized, cue, lang)) {
                    supposed.add(fact.id());
                }
            }
        }
        return supposed;
    }

    private static boolean supposed(String text, String normalized, String cue, Lang lang) {
        return CueMatcher.positions(normalized, cue, lang).stream().anyMatch(at -> Supposition.around(text, at, at + cue.length()));
    }
}
