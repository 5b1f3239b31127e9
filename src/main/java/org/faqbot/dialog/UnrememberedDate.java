package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.rules.Fact;
import org.faqbot.store.ProfileFact;

/**
 * "/forget key" when no key date is remembered: offering the dates that are (the benefit expiry, say) would have the
 * user delete the wrong one. A date only the conversation keeps for the fact is forgotten from the conversation, as
 * "forget that date" does, and the reply names it; without one the reply says nothing of it is remembered.
 */
final class UnrememberedDate {

    private final Texts texts;

    UnrememberedDate(Texts texts) {
        this.texts = texts;
    }

    /**
     * The reply when {@code named} (the facts the words name) are all facts the user has no remembered date for;
     * empty when the words name no fact, or one that is remembered (then /forget asks or deletes as usual).
     */
    Optional<Reply> answer(Turn turn, List<ProfileFact> stored, List<Fact> named) {
        if (named.isEmpty() || named.stream().anyMatch(f -> stored.stream().anyMatch(s -> s.fact().equals(f.id())))) {
            return Optional.empty();
        }
        for (Fact fact : named) {
            LocalDate kept = KeptDates.of(turn).get(fact.id());
            if (kept != null) {
                turn.clearPending();
                return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.conversation_done",
                        fact.label().get(turn.lang), texts.date(kept, turn.lang))));
            }
        }
        String labels = String.join(", ", named.stream().map(f -> f.label().get(turn.lang)).toList());
        return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.not_remembered", labels)));
    }
}
