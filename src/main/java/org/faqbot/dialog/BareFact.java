package org.faqbot.dialog;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.rules.DateRule;

/**
 * "We renewed on 1 November 2026", "wij hebben op 1 november 2026 verlengd": a dated fact that a rule accepts in place of
 * its own (the renewal for the renewal window) said without naming any thing. With this bot the programme goes without saying, as "it"
 * does after an answer, so such a message may take the rule as one that names its object; one that names a thing of its
 * own does not ("my phone contract renewal date was 1 November", "we renewed the lease on 1 November"): an article or
 * possessive before a word that is not the programme's. For {@link RuleChoice}.
 */
final class BareFact {

    /** An article or possessive and the word after it: a noun phrase of the message's own. */
    private static final Pattern NOUN_PHRASE = Pattern.compile("\\b(?:my|our|your|their|his|her|the|a|an|this|that|mijn|mn|onze|ons"
            + "|je|jouw|uw|hun|zijn|haar|de|het|een|dit|dat|deze|die)\\s+(\\p{L}+)");
    /**
     * Words after a determiner that name no thing of the message's own: the programme's ("our partnership", "onze
     * Microsoft-...") and the calendar's ("the 1st", "de eerste", "the same day").
     */
    private static final Set<String> NO_THING = Set.of("partner", "partners", "partnership", "partnerschap", "microsoft", "mpn",
            "program", "programme", "programma", "first", "last", "same", "day", "date", "end", "start", "beginning", "eerste",
            "laatste", "zelfde", "dag", "datum", "eind", "einde", "begin");

    private BareFact() {
    }

    /**
     * Whether {@code normalized} dates a fact {@code rule} accepts and names no thing of its own. A rule's own fact said
     * bare ("I redeemed on 1 March") is left as it was: this is for the fact that stands in for the rule's.
     */
    static boolean of(String normalized, DateRule rule, FactWords facts) {
        if (rule.spec().accepts().stream().noneMatch(facts::contains)) {
            return false;
        }
        Matcher phrase = NOUN_PHRASE.matcher(normalized);
        while (phrase.find()) {
            if (!NO_THING.contains(phrase.group(1))) {
                return false;
            }
        }
        return true;
    }
}
