package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;

/**
 * The dates a conversation keeps for follow-up questions about a rule ("I redeemed my key on 31 January 2026, until
 * when ...?" keeps the redeem date), offered where the user asks to keep or be reminded of a date without giving
 * one: a bare "/remember" right after such an answer offers to remember them, a button each ({@code /remember
 * key_redeemed_on}), instead of asking what to remember (which would drop them from the conversation).
 */
final class KeptDates {

    /** The commands whose payload names a kept date's fact. */
    private static final List<String> REMEMBER_COMMANDS = List.of("/remember ", "/onthoud ");

    /** A kept date and its fact. */
    private record Kept(Fact fact, LocalDate date) {
    }

    private final RuleBook book;
    private final Texts texts;

    KeptDates(RuleBook book, Texts texts) {
        this.book = book;
        this.texts = texts;
    }

    /** The dates the conversation keeps for follow-up questions about a rule, by fact; none while nothing is kept. */
    static Map<String, LocalDate> of(Turn turn) {
        return turn.pending().filter(PendingQuestion::aboutRule).map(PendingQuestion::facts).orElse(Map.of());
    }

    /**
     * The reply to a remember message without a date: the kept date its button names ({@code /remember key_redeemed_on})
     * handed to {@code keep}, else the offer to remember the kept dates, a button each. Empty when the conversation
     * keeps none.
     */
    Optional<Reply> answer(Turn turn, BiFunction<Fact, LocalDate, Reply> keep) {
        Optional<Kept> chosen = chosen(turn);
        return chosen.isPresent() ? Optional.of(keep.apply(chosen.get().fact(), chosen.get().date())) : offer(turn);
    }

    private Optional<Reply> offer(Turn turn) {
        List<String> lines = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        Map<String, LocalDate> kept = of(turn);
        // In the rule book's order: the kept map's own order is not stable.
        for (Fact fact : book.facts()) {
            LocalDate date = kept.get(fact.id());
            if (date != null) {
                String label = fact.label().get(turn.lang);
                String day = texts.date(date, turn.lang);
                lines.add(texts.get(turn.lang, "remember.line", label, day));
                choices.add(new Choice(texts.get(turn.lang, "remember.kept_button", label, day), REMEMBER_COMMANDS.get(0) + fact.id()));
            }
        }
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        String text = texts.get(turn.lang, "remember.offer_kept", String.join("\n", lines));
        return Optional.of(Reply.builder(turn.lang, ReplyType.CLARIFY, text).choices(choices).build());
    }

    /** The kept date a pressed offer names ({@code /remember key_redeemed_on}); empty for any other message. */
    private Optional<Kept> chosen(Turn turn) {
        String text = turn.text.strip();
        Optional<String> id = REMEMBER_COMMANDS.stream().filter(c -> text.regionMatches(true, 0, c, 0, c.length()))
                .map(c -> text.substring(c.length()).strip()).findFirst();
        Optional<LocalDate> date = id.map(of(turn)::get);
        return date.flatMap(d -> book.fact(id.get()).map(fact -> new Kept(fact, d)));
    }
}
