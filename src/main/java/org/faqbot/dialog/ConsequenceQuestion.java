package org.faqbot.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * Whether a message asks what becomes of a rule's thing when the membership ends: "what happens with my keys if I don't
 * renew?", "wat gebeurt er met mijn keys als ik niet verleng?". The rule answers that in general (a redeemed key stays
 * usable for a year from the day it was redeemed, whatever the benefit expiry date), where the search finds entries that
 * share the words "renew" and "licences". The thing must be one of a rule's own things ({@code end} things: a key, a
 * code), named between the question and its condition.
 */
final class ConsequenceQuestion {

    /** "What happens (to my keys) if/when (...)": the question, the thing, the condition. */
    private static final Pattern ASKS = Pattern.compile(
            "\\b(?:what (?:happens|will happen|would happen|becomes of)|wat (?:gebeurt|gebeurd|zal er gebeuren|gaat er gebeuren))\\b"
                    + "(.*?)\\b(?:if|when|once|als|wanneer|zodra|indien)\\b(.*)");
    /** Conditions that end the membership or its benefits: not renewing, or their end. */
    private static final Map<Lang, List<String>> ENDS = Map.of(
            Lang.EN, List.of("don't renew", "do not renew", "not renew", "won't renew", "didn't renew", "never renew", "stop renewing",
                    "expire", "lapse", "end", "run out", "cancel", "quit", "leave"),
            Lang.NL, List.of("niet verleng", "niet vernieuw", "niet meer verleng", "geen verlenging", "verloopt", "verlopen",
                    "afloopt", "aflopen", "vervalt", "vervallen", "stopt", "stop", "opzeg"));

    private final List<DateRule> rules;

    ConsequenceQuestion(RuleBook book) {
        this.rules = book.rules().stream().filter(rule -> EndCues.bothLanguages(rule.spec().end()::things).findAny().isPresent()).toList();
    }

    /** The rule whose thing {@code text} asks the fate of when the membership ends, if it asks that. */
    Optional<DateRule> about(String text, Lang lang) {
        Matcher asks = ASKS.matcher(Normalized.words(text));
        if (!asks.find() || !endsMembership(asks.group(2), lang)) {
            return Optional.empty();
        }
        String thing = asks.group(1);
        return rules.stream()
                .filter(rule -> EndCues.bothLanguages(rule.spec().end()::things, lang).anyMatch(t -> names(thing, t, lang)))
                .findFirst();
    }

    private static boolean endsMembership(String condition, Lang lang) {
        // Chat writers drop the apostrophe ("dont renew"); a condition's words are read from their starts ("expires").
        String words = " " + condition.replace("dont ", "don't ").replace("wont ", "won't ").replace("didnt ", "didn't ");
        return List.of(lang, lang.other()).stream().flatMap(l -> ENDS.get(l).stream()).anyMatch(end -> words.contains(" " + end));
    }

    private static boolean names(String words, String thing, Lang lang) {
        return CueMatcher.contains(words, thing, lang) || CueMatcher.contains(words, thing, lang.other());
    }
}
