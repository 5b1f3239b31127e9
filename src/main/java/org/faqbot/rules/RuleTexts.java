package org.faqbot.rules;

import java.util.List;
import java.util.Objects;
import org.faqbot.kb.Bilingual;

/**
 * A rule's answer templates. Placeholders: {@code {fact}} the user's date, {@code {date}} the computed
 * date, {@code {other}} a second fact's date (notes only).
 *
 * @param answer the sentence that states the result
 * @param yes    the answer to "can I ...?" when the result allows it today
 * @param no     the answer to "can I ...?" when it does not
 * @param passed what to do when an "until" date has passed; may be empty for "from" rules
 * @param notes  sentences shown when the user also gave another fact
 * @param reminder the reminder message; {@code {days}} is the time left ("7 days"); empty when the rule
 *                 offers no reminders
 */
public record RuleTexts(Bilingual answer, Bilingual yes, Bilingual no, Bilingual passed, List<RuleNote> notes, Bilingual reminder) {

    public RuleTexts {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(passed, "passed");
        notes = List.copyOf(notes);
        Objects.requireNonNull(reminder, "reminder");
    }

    /** The yes/no line for whether the rule allows the thing today. */
    public Bilingual verdict(boolean allowed) {
        return allowed ? yes : no;
    }
}
