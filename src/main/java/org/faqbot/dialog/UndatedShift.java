package org.faqbot.dialog;

import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;

/**
 * "And if it was later?", "en als het eerder was?", "what if it's a different day?" right after a rule's answer: a
 * supposition of another date that names no day. Searched, it found the rule's entry and dumped it; the answer depends on
 * the day itself, so the bot asks for it as the rule's question back ({@link RuleFlow#otherDayAsked}).
 */
final class UndatedShift {

    /** The most words such a follow-up has; a longer message says more than that the day differs. */
    private static final int MAX_WORDS = 9;
    private static final Pattern SHIFT = Pattern.compile("^(?:(?:and|but|ok|okay|so|en|maar|oke|dus|nou) )?(?:what |wat |and what )?(?:if|als)"
            + "(?: \\S+){0,4}? (?:later|earlier|sooner|eerder|laters?|another day|a different day|a different date|another date"
            + "|een andere dag|een andere datum|op een andere dag)(?: \\S+){0,3}$");

    private UndatedShift() {
    }

    /** Whether {@code text} supposes another, unnamed day for the date just worked out. */
    static boolean asks(String text) {
        String words = Normalized.words(text);
        return !words.isEmpty() && words.split(" ").length <= MAX_WORDS && words.chars().noneMatch(Character::isDigit)
                && SHIFT.matcher(words).matches();
    }
}
