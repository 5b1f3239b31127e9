package org.faqbot.rules;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * What every date rule has, whatever its kind.
 *
 * @param id       the intent id, e.g. {@code key_valid_until}
 * @param fact     the fact it needs
 * @param accepts  other facts that may stand in for it (a benefit expiry date is the enrollment renewal date)
 * @param period   added to the fact to get the result, e.g. {@code P1Y}
 * @param source   the knowledge-base entry the rule comes from, shown as the answer's source
 * @param evidence a phrase of the source entry's answer, per language, that finds the sentence the rule rests on
 * @param signals  cues that the user asks about this rule, per language
 * @param texts    answer templates
 * @param reminderDaysBefore when to remind the user before the computed date (0: on the day); empty: never
 * @param objects  lower-case cues for the things the rule is about ("product key", "voordelen"), per language: a
 *                 message must name one of them before the rule takes it over, so that "my passport expires on
 *                 1 March" is not a benefits question; empty: the rule needs no object
 * @param end      how a user states the day the rule's thing ends, which is the rule's result; {@link RuleEnd#none()}
 *                 for a rule without one
 */
public record RuleSpec(
        String id,
        String fact,
        List<String> accepts,
        Period period,
        String source,
        Bilingual evidence,
        Map<Lang, List<Signal>> signals,
        RuleTexts texts,
        List<Integer> reminderDaysBefore,
        Map<Lang, List<String>> objects,
        RuleEnd end) {

    public RuleSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fact, "fact");
        accepts = List.copyOf(accepts);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        signals = Map.copyOf(signals);
        Objects.requireNonNull(texts, "texts");
        reminderDaysBefore = List.copyOf(reminderDaysBefore);
        objects = Map.copyOf(objects);
        Objects.requireNonNull(end, "end");
    }

    /** The object cues of {@code lang}; empty when the rules file lists none. */
    public List<String> objects(Lang lang) {
        return objects.getOrDefault(lang, List.of());
    }

    /** True when a date of {@code factId} can feed this rule. */
    public boolean takes(String factId) {
        return fact.equals(factId) || accepts.contains(factId);
    }
}
