package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;

/**
 * A word or two alone that name one of the rules' things ("key", "sleutel", "my VS subscription") and that the search
 * found nothing for: such a word is too short for the search's measures ("benefits" happens to reach its floor, "key"
 * does not), yet the bot knows entries about it. The reply suggests them, as a fallback suggests the entries near a
 * question: the rule's own source entry first, then those the search finds for the rule's question about the thing, and
 * that question itself to ask ("Until when can I use my key?").
 */
final class LoneThing {

    /** One or two words, with "my" / "the" or the like before them and a question mark after at most. */
    private static final Pattern WORDS = Pattern.compile("(?:(my|our|the|a|mijn|onze|ons|de|het|een) )?([\\p{L}-]+(?: [\\p{L}-]+)?)");
    /** The most entries suggested, as a fallback names at most three. */
    private static final int MOST = 3;

    private final RuleFlow rules;
    private final FaqResponder faq;

    LoneThing(RuleFlow rules, FaqResponder faq) {
        this.rules = rules;
        this.faq = faq;
    }

    /** "Did you mean" with the entries about the thing the message names alone; empty when it names none of the rules' things. */
    Optional<Reply> answer(Turn turn) {
        Matcher words = WORDS.matcher(Normalized.words(turn.text));
        if (!words.matches()) {
            return Optional.empty();
        }
        String thing = (words.group(1) != null && !Set.of("a", "een").contains(words.group(1)) ? words.group(1)
                : turn.lang == Lang.NL ? "mijn" : "my") + " " + words.group(2);
        Set<FaqEntry> entries = new LinkedHashSet<>();
        List<String> asked = new ArrayList<>();
        for (String question : FollowUps.sameQuestionAbout(thing, turn.lang, true)) {
            Optional<DateRule> rule = rules.route(turn.withText(question)).rule();
            // The thing must be one of the rule's own objects: the rule's question alone ("until when can I use ...")
            // may take a rule for any word.
            if (rule.isPresent() && RuleChoice.namesObject(Normalized.of(thing), rule.get(), turn.lang)) {
                faq.entry(rule.get().spec().source()).ifPresent(entries::add);
                asked.add(question);
            }
        }
        // The search for the first question the thing takes a rule in (the one about using or redeeming it before the
        // one about reassigning or renewing it) finds the entries about it besides the rule's source.
        if (!asked.isEmpty()) {
            entries.addAll(faq.about(asked.get(0), turn.lang, MOST));
        }
        return entries.isEmpty() ? Optional.empty()
                : Optional.of(faq.didYouMean(entries.stream().limit(MOST).toList(), turn.lang, asked.get(0)));
    }
}
