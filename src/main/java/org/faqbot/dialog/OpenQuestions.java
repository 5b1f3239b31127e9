package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.store.PendingQuestion;

/**
 * Answers to a question the bot itself asked: the confirmation of /forget, a date picked from the readings
 * offered as buttons, the moment right after a "remember ...", "yes" to a suggested date, and cancelling.
 * Each returns empty when the message is not such an answer, so that it is handled as a message of its own.
 */
final class OpenQuestions {

    private final Forgetting forgetting;
    private final Remembering remembering;
    private final RuleFlow rules;
    private final RuleReplies ruleReplies;
    private final Texts texts;

    OpenQuestions(Forgetting forgetting, Remembering remembering, RuleFlow rules, RuleReplies ruleReplies, Texts texts) {
        this.forgetting = forgetting;
        this.remembering = remembering;
        this.rules = rules;
        this.ruleReplies = ruleReplies;
        this.texts = texts;
    }

    /**
     * The answer to /forget's "shall I delete everything?": yes deletes it, a remembered date named ("the expiry
     * date") only that one, no (or "laat maar") keeps it.
     */
    Optional<Reply> answerForget(Turn turn) {
        if (turn.pending().filter(p -> p.intent().equals(PendingQuestion.FORGET)).isEmpty()) {
            return Optional.empty();
        }
        if (YesWords.matches(turn.text)) {
            return Optional.of(forgetting.handle(turn, "confirm"));
        }
        Optional<Reply> one = forgetting.answer(turn);
        if (one.isPresent()) {
            return one;
        }
        turn.clearPending();
        if (NoWords.matches(turn.text) || CancelWords.matches(turn.text)) {
            return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.kept")));
        }
        return Optional.empty();
    }

    /**
     * "The first one", "2": one of the readings the bot offered as buttons, picked by its place. A place
     * that was not offered ("5" under two buttons) gets the buttons again rather than the question alone.
     */
    Optional<Reply> pickReading(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> !p.readings().isEmpty());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> readings = pending.get().readings();
        OptionalInt place = ChoiceWords.position(turn.text, readings.size());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        if (place.getAsInt() < 1 || place.getAsInt() > readings.size()) {
            String text = texts.get(turn.lang, "choice.not_offered", place.getAsInt(), readings.size());
            return Optional.of(Reply.builder(turn.lang, ReplyType.CLARIFY, text)
                    .intent(pending.get().aboutRule() ? pending.get().intent() : null)
                    .choices(ruleReplies.readingChoices(readings, turn.lang)).build());
        }
        LocalDate chosen = readings.get(place.getAsInt() - 1);
        return pending.get().aboutRule()
                ? rules.chooseReading(turn, pending.get(), chosen)
                : Optional.of(remembering.choose(turn, pending.get(), chosen));
    }

    /**
     * Right after a "remember ..." message, a correction of its date or the answer to the bot's question
     * about it; any other message ends that moment and is handled as usual.
     */
    Optional<Reply> afterRemember(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.intent().equals(PendingQuestion.REMEMBER));
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reply> continued = remembering.continuePending(turn, pending.get());
        if (continued.isEmpty()) {
            turn.clearPending();
        }
        return continued;
    }

    /** "Yes" to a question back that offered exactly one date ("Did you mean 1 December 2020?") takes that date. */
    Optional<Reply> acceptSuggestion(Turn turn) {
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.readings().size() == 1);
        if (pending.isEmpty() || !YesWords.matches(turn.text)) {
            return Optional.empty();
        }
        return rules.chooseReading(turn, pending.get(), pending.get().readings().get(0));
    }

    /** "Laat maar", /cancel: drops the open question, and says whether there was one. */
    Reply cancel(Turn turn) {
        boolean had = turn.pending().filter(p -> p.aboutRule() || p.awaitsAnswer()).isPresent();
        turn.clearPending();
        return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, had ? "cancel.done" : "cancel.nothing"));
    }
}
