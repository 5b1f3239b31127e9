package org.faqbot.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * How a user states the day an until rule's thing itself ends: "my key expires on 1 March", "the key stopped
 * working on 1 March", "mijn sleutel werkt sinds 1 maart niet meer". That day is the rule's result, not its
 * fact (a key that stops working on 1 March was not redeemed then), and the rule's relation gives the fact
 * back: the result less the period (a key usable until 1 March 2022 was redeemed on 1 March 2021).
 *
 * @param things lower-case cues of the thing whose end the rule computes ("key", "sleutel"), per language; a
 *               date is an end only when its clause is about one of them
 * @param cues   lower-case cues of ending ("expires", "stopped working", "verloopt", "werkt niet meer"), per language
 * @param answer the sentence that states the answer from an end date: {@code {date}} the end, {@code {fact}} the
 *               fact it gives back
 */
public record RuleEnd(Map<Lang, List<String>> things, Map<Lang, List<String>> cues, Bilingual answer) {

    public RuleEnd {
        things = Map.copyOf(things);
        cues = Map.copyOf(cues);
        Objects.requireNonNull(answer, "answer");
    }

    /** For a rule whose thing's end no user states: no cues, so no date is ever taken for its end. */
    public static RuleEnd none() {
        return new RuleEnd(Map.of(), Map.of(), Bilingual.empty());
    }

    public boolean isEmpty() {
        return cues.values().stream().allMatch(List::isEmpty);
    }

    public List<String> things(Lang lang) {
        return things.getOrDefault(lang, List.of());
    }

    public List<String> cues(Lang lang) {
        return cues.getOrDefault(lang, List.of());
    }
}
