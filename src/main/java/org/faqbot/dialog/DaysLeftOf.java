package org.faqbot.dialog;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.DateRule;

/**
 * "How many days left on the key?", "hoeveel dagen nog voor die key?": a count of the days left that names the rule's
 * thing at its end, or the thing's end after it ("how many days left until the benefits expire?", "hoeveel dagen nog
 * tot de voordelen verlopen?"). Like "how many days left?" it asks about the user's own date (a key in general has no
 * days left), though it says no "my"; read as that question without the thing, the conversation's date answers it.
 */
final class DaysLeftOf {

    /** A thing named last, after "on", "for", "of" ("op", "voor", "van") and maybe a determiner. Group 1 is the thing. */
    private static final Pattern THING_AT_END = Pattern.compile(
            "\\s+(?:on|for|of|with|op|voor|van|met)\\s+(?:(?:the|that|this|those|these|de|die|deze|dat|het)\\s+)?"
            + "((?:[\\p{L}\\d-]+\\s*){1,3}?)(?=[\\s?!.]*$)");
    /** "until the benefits expire", "tot de voordelen verlopen" last. Group 1 is the thing. */
    private static final Pattern THING_ENDS_AT_END = Pattern.compile(
            "\\s+(?:until|till|til|before|tot|totdat|voordat)\\s+(?:(?:the|that|this|those|these|our|de|die|deze|dat|het|onze|ons)\\s+)?"
            + "((?:[\\p{L}\\d-]+\\s+){1,3}?)(?:expire|expires|run out|runs out|end|ends|lapse|lapses|verlopen|verloopt|"
            + "aflopen|afloopt|vervallen|vervalt|eindigen|eindigt)(?=[\\s?!.]*$)");

    private DaysLeftOf() {
    }

    /** {@code shape} of {@code text}, or that of the text without its thing when it counts the days left of a rule's thing. */
    static QuestionShape.Read shape(String text, QuestionShape.Read shape, Lang lang, List<DateRule> rules) {
        if (shape.isPersonal() || shape.asksOnlyForDaysLeft()) {
            return shape;
        }
        String normalized = Normalized.of(text);
        for (Pattern form : List.of(THING_AT_END, THING_ENDS_AT_END)) {
            Matcher matcher = form.matcher(normalized);
            if (!matcher.find()) {
                continue;
            }
            String thing = matcher.group(1);
            String without = text.substring(0, matcher.start()) + text.substring(matcher.end());
            boolean ruleThing = rules.stream().anyMatch(rule -> RuleChoice.namesObject(" " + thing + " ", rule, lang));
            if (ruleThing && QuestionShape.asksOnlyForDaysLeft(without)) {
                return QuestionShape.read(without);
            }
        }
        return shape;
    }
}
