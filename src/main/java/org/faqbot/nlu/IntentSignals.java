package org.faqbot.nlu;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faqbot.kb.Lang;

/** The cues that say a message asks about one intent, per language. */
public record IntentSignals(String intent, Map<Lang, List<WeightedCue>> cues) {

    public IntentSignals {
        Objects.requireNonNull(intent, "intent");
        cues = Map.copyOf(cues);
    }

    public List<WeightedCue> cues(Lang lang) {
        return cues.getOrDefault(lang, List.of());
    }
}
