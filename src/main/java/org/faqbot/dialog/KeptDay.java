package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Polarity;
import org.faqbot.store.PendingQuestion;

/**
 * The day a yes/no question asked about, as the open rule question keeps it while the bot asks back for the rule's
 * date: "is my key still valid on 1 March?" without a redeem date is answered for 1 March once the date comes.
 */
final class KeptDay {

    /** What separates the way round from a span's last day in the kept text. */
    private static final String SPAN_MARK = "/";

    private KeptDay() {
    }

    /**
     * The day as the store keeps it; {@code named} when the message named it rather than asking about today. A span's
     * last day goes with the way round ("ALLOWED/2027-03-31"): the store keeps the way as text, so a month asked about
     * ("in maart") is kept for the date given next without another column; a build that does not know it drops it.
     */
    static PendingQuestion.AskedDay of(DayQuestion asked, boolean named) {
        String way = asked.polarity().name() + asked.through().map(last -> SPAN_MARK + last).orElse("");
        return new PendingQuestion.AskedDay(asked.day(), way, named);
    }

    /** The day {@code pending} keeps, if any; a way round this build does not know is dropped with it. */
    static Optional<DayQuestion> from(PendingQuestion pending) {
        return pending.askedDay().flatMap(KeptDay::read);
    }

    private static Optional<DayQuestion> read(PendingQuestion.AskedDay kept) {
        String[] parts = kept.way().split(SPAN_MARK, 2);
        Optional<LocalDate> through;
        try {
            through = parts.length == 2 ? Optional.of(LocalDate.parse(parts[1])) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        for (Polarity polarity : Polarity.values()) {
            if (polarity.name().equals(parts[0]) && !through.filter(last -> last.isBefore(kept.day())).isPresent()) {
                return Optional.of(new DayQuestion(kept.day(), polarity, through));
            }
        }
        return Optional.empty();
    }
}
