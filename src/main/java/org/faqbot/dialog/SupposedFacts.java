package org.faqbot.dialog;

import java.util.List;
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
    private final EventWords events;

    SupposedFacts(List<Fact> facts, EventWords events) {
        this.facts = List.copyOf(facts);
        this.events = events;
    }

    /**
     * Adds to {@code into} the facts whose words stand in a supposition or plan of {@code text}, with those words when
     * they are about the fact's own thing ({@link EventWords#claims}).
     */
    void addTo(FactWords into, String text, Lang lang) {
        if (!Supposition.mayHold(text)) {
            // Most messages suppose nothing; each cue's position would read the whole sentence again.
            return;
        }
        String normalized = Normalized.of(text);
        for (Fact fact : facts) {
            for (String cue : EndCues.bothLanguages(fact::cues, lang).toList()) {
                for (int[] span : CueMatcher.spans(normalized, cue, lang)) {
                    if (!Supposition.around(text, span[0], span[1])) {
                        continue;
                    }
                    if (events.claims(text, lang, fact, span[0], span[1])) {
                        into.add(fact.id(), span[0], span[1]);
                    } else {
                        into.add(fact.id());
                    }
                }
            }
        }
    }
}
