package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.store.PendingQuestion;

/**
 * A supposition after a dated answer ("and if I had only redeemed it tomorrow?", "en stel dat ik hem pas morgen had
 * ingewisseld?") is answered for the supposed day, but that day is no fact of the user's: the conversation keeps the
 * date given before it, so that "/remember" offers only dates stated as facts and "how many days left?" is about the
 * real one, as after the suppositions {@link ShiftedFact} words itself. Checked once per message, after the whole reply
 * (a supposition {@code ShiftedFact} answers reads the supposed date from its own derived turn).
 */
final class SupposedNotKept {

    /** The words that make a question a condition or a supposition rather than a statement of what happened. */
    private static final Pattern SUPPOSING = Pattern.compile(
            " (?:if|what if|suppose|supposing|assuming|als|stel|stel dat|gesteld dat|indien|mocht|mochten) ");

    private SupposedNotKept() {
    }

    /** True when {@code text} holds a condition's word ("if", "stel dat"): what it says of a date is supposed, not told. */
    static boolean supposes(String text) {
        return SUPPOSING.matcher(" " + Normalized.words(text) + " ").find();
    }

    /** Puts {@code before} back when the message supposed another date for its fact; the reply is unchanged. */
    static void keepGiven(Turn turn, Optional<PendingQuestion> before) {
        Optional<PendingQuestion> given = before.filter(p -> p.aboutRule() && !p.awaitsAnswer());
        Optional<LocalDate> day = given.map(p -> p.facts().get(p.awaitedFact()));
        if (day.isEmpty() || day.get() == null) {
            return;
        }
        Optional<LocalDate> now = turn.pending().filter(p -> p.intent().equals(given.get().intent())
                && p.awaitedFact().equals(given.get().awaitedFact())).map(p -> p.facts().get(p.awaitedFact()));
        if (now.isEmpty() || now.get() == null || now.get().equals(day.get()) || !supposes(turn.text)) {
            return;
        }
        turn.setPending(given.get());
    }
}
