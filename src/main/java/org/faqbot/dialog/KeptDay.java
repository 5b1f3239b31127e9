package org.faqbot.dialog;

import java.util.Optional;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Polarity;
import org.faqbot.store.PendingQuestion;

/**
 * The day a yes/no question asked about, as the open rule question keeps it while the bot asks back for the rule's
 * date: "is my key still valid on 1 March?" without a redeem date is answered for 1 March once the date comes.
 */
final class KeptDay {

    private KeptDay() {
    }

    /**
     * The day as the store keeps it; {@code named} when the message named it rather than asking about today, with the
     * last day of a span asked about ("in maart") for the date given next.
     */
    static PendingQuestion.AskedDay of(DayQuestion asked, boolean named) {
        return new PendingQuestion.AskedDay(asked.day(), asked.polarity().name(), named, asked.through().orElse(null));
    }

    /** The day {@code pending} keeps, if any; a way round this build does not know is dropped with it. */
    static Optional<DayQuestion> from(PendingQuestion pending) {
        return pending.askedDay().flatMap(KeptDay::read);
    }

    private static Optional<DayQuestion> read(PendingQuestion.AskedDay kept) {
        for (Polarity polarity : Polarity.values()) {
            if (polarity.name().equals(kept.way())) {
                return Optional.of(new DayQuestion(kept.day(), polarity, kept.lastDay()));
            }
        }
        return Optional.empty();
    }
}
