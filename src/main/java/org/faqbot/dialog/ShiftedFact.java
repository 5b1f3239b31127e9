package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.faqbot.kb.Lang;
import org.faqbot.store.PendingQuestion;

/**
 * "And if I had redeemed it a month later?", "en als ik hem een week eerder had ingewisseld?" right after a rule's answer:
 * the same question for the date answered moved by that span, answered as the supposition it is ("If you redeem the
 * product key on 1 April 2026, ..."), under a line that names both dates. The conversation keeps the date actually
 * given: "how many days left?" afterwards is about it, not about the supposed one.
 */
final class ShiftedFact {

    private final Texts texts;

    ShiftedFact(Texts texts) {
        this.texts = texts;
    }

    /** The answer for the shifted date, made by {@code respond}; empty when the message shifts no date answered. */
    Optional<Reply> answer(Turn turn, Function<Turn, Reply> respond) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer());
        Optional<LocalDate> given = pending.map(p -> p.facts().get(p.awaitedFact()));
        Optional<FollowUps.Shift> spanned = given.isPresent() ? FollowUps.shifted(turn.text, turn.lang) : Optional.empty();
        // "And if it was the Tuesday before?": a day named from the date given, not from today, which stands for the date
        // itself ("if it was 17 November"), so without a preposition that would make it a day asked about.
        Optional<FollowUps.Shift> named = given.isPresent() && spanned.isEmpty() ? StepFromGiven.of(turn.text, given.get()) : Optional.empty();
        Optional<FollowUps.Shift> shift = spanned.or(() -> named);
        if (shift.isEmpty()) {
            return Optional.empty();
        }
        LocalDate moved = given.get().plus(shift.get().by());
        String folded = shift.get().folded();
        // An ISO date reads the same in both languages and in every position: "if I had redeemed it on 2026-04-01".
        String asked = folded.substring(0, shift.get().start()) + (named.isPresent() ? "" : turn.lang == Lang.NL ? "op " : "on ") + moved
                + folded.substring(shift.get().end());
        Reply reply = respond.apply(turn.withText(asked));
        if (!reply.intent().equals(Optional.of(pending.get().intent())) || reply.date().isEmpty()) {
            return Optional.empty();
        }
        String lead = texts.get(turn.lang, "followup.shifted", texts.date(moved, turn.lang), texts.date(given.get(), turn.lang));
        return Optional.of(new Reply(reply.lang(), reply.type(), lead + "\n\n" + reply.text(), reply.faqId(), reply.confidence(),
                reply.suggestions(), reply.intent(), reply.date(), reply.ok(), reply.sourceUrl(), reply.choices(), reply.others()));
    }
}
