package org.faqbot.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;

/**
 * A date a rule needs from the user, such as the day a product key was redeemed.
 *
 * @param id    the name rules and profiles use, e.g. {@code key_redeemed_on}
 * @param tense past event or future deadline
 * @param label how replies name it ("the date you redeemed the product key")
 * @param ask   the question that asks the user for it
 * @param cues  lower-case words near a date that say the date is this fact, per language
 * @param recurrence how the fact comes back, when it does (a renewal a year after the last one); empty: it does not
 */
public record Fact(String id, Tense tense, Bilingual label, Bilingual ask, Map<Lang, List<String>> cues,
        Optional<Recurrence> recurrence) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(ask, "ask");
        cues = Map.copyOf(cues);
        Objects.requireNonNull(recurrence, "recurrence");
    }

    /** True when {@code date} is still to come on {@code today} although this fact already happened. */
    public boolean notYetHappened(LocalDate date, LocalDate today) {
        return tense == Tense.PAST && date.isAfter(today);
    }

    public List<String> cues(Lang lang) {
        return cues.getOrDefault(lang, List.of());
    }
}
