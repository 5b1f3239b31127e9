package org.faqbot.rules;

import java.util.List;
import java.util.Objects;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * A rule's answer templates. Placeholders: {@code {fact}} the user's date, {@code {date}} the computed
 * date, {@code {other}} a second fact's date (notes only).
 *
 * @param answer the sentence that states the result
 * @param supposed the sentence that states the result for an action the user only plans or supposes ("if
 *                 you redeem it on {fact}, ..."); empty for rules whose fact may lie ahead anyway
 * @param yes    the answer to "can I ...?" when the result allows it today
 * @param no     the answer to "can I ...?" when it does not
 * @param passed what to do when an "until" date has passed; may be empty for "from" rules
 * @param notes  sentences shown when the user also gave another fact
 * @param reminder the reminder message; {@code {days}} is the time left ("7 days"); empty when the rule
 *                 offers no reminders
 */
public record RuleTexts(Bilingual answer, Bilingual supposed, Bilingual yes, Bilingual no, Bilingual passed, List<RuleNote> notes, Bilingual reminder) {

    public RuleTexts {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(supposed, "supposed");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(passed, "passed");
        notes = List.copyOf(notes);
        Objects.requireNonNull(reminder, "reminder");
    }

    /** The sentence for a supposed action in {@code lang}, or the plain answer when the rule has none. */
    public String supposedOrAnswer(Lang lang) {
        return supposed.get(lang).isBlank() ? answer.get(lang) : supposed.get(lang);
    }

    /** The yes/no line for whether the rule allows the thing today. */
    public Bilingual verdict(boolean allowed) {
        return allowed ? yes : no;
    }
}
