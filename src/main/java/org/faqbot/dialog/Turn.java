package org.faqbot.dialog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ConversationState;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;

/**
 * One message being handled: what was said, in which language, on which day, and the conversation
 * state as it will be saved afterwards. Lives for one call of {@link FaqAssistant#reply}.
 */
final class Turn {

    final IncomingMessage message;
    final String text;
    final Lang lang;
    final LocalDate today;
    final Instant now;
    private ConversationState state;
    private boolean changed;
    /** The day the user said today is when it is not the clock's ("today is 10 December"), else null. */
    private LocalDate usersToday;
    /** Whether the day the reply answers for is one the message named ("reassign on 6 Dec?"), not today's "still". */
    private boolean namedAskedDay;

    Turn(IncomingMessage message, String text, Lang lang, LocalDate today, Instant now, ConversationState state) {
        this.message = message;
        this.text = text;
        this.lang = lang;
        this.today = today;
        this.now = now;
        this.state = state;
    }

    /** Notes the day the user said today is, which a reply then counts days from. */
    void setUsersToday(LocalDate day) {
        usersToday = day;
    }

    /** Notes that the message named the day its question asks about; the kept answer remembers it for "and on ...?". */
    void setNamedAskedDay() {
        namedAskedDay = true;
    }

    /** Whether the message named the day its question asks about ("can I reassign it on 6 December?"). */
    boolean namedAskedDay() {
        return namedAskedDay;
    }

    /** The day a reply counts days from: the user's stated today if they gave one, else the clock's. */
    LocalDate countFrom() {
        return usersToday == null ? today : usersToday;
    }

    Optional<PendingQuestion> pending() {
        return state.pending();
    }

    ConversationState state() {
        return state;
    }

    boolean changed() {
        return changed;
    }

    void setPending(PendingQuestion question) {
        state = state.withPending(Optional.of(question), now);
        changed = true;
    }

    void clearPending() {
        if (state.pending().isPresent()) {
            state = state.withPending(Optional.empty(), now);
            changed = true;
        }
    }

    /** What the conversation's last replies left for this message (an announced thing, buttons, the last answer). */
    RecentTurns recent() {
        return state.recent();
    }

    /** Keeps {@code turns} for the next message; the state is written only when they differ from what it holds. */
    void setRecent(RecentTurns turns) {
        if (!turns.equals(state.recent())) {
            state = state.withRecent(turns, now);
            changed = true;
        }
    }

    void setLangChoice(Lang choice) {
        state = state.withLangChoice(Optional.of(choice), now);
        changed = true;
    }

    /** Drops everything kept about the conversation (after /forget). */
    void forgetState() {
        state = ConversationState.empty(state.conversationId(), now);
        changed = true;
    }

    /** This turn with other text, e.g. without a greeting in front, in the same language. */
    Turn withText(String newText) {
        Turn turn = new Turn(message, newText, lang, today, now, state);
        turn.changed = changed;
        return turn;
    }

    /** This turn answered in {@code other} language, sharing its state changes as {@link #withText} does. */
    Turn withLang(Lang other) {
        Turn turn = new Turn(message, text, other, today, now, state);
        turn.changed = changed;
        return turn;
    }

    /**
     * Takes the state of {@code other}, a turn derived from this message's state before it was answered, as the one to
     * save: the reply leads with that turn's answer ({@code SeveralQuestions}), whose state the user goes on from.
     */
    void takeStateOf(Turn other) {
        state = other.state;
        changed = true;
    }

    /** Carries state changes made on a {@link #withText derived} turn back to this one. */
    void adopt(Turn derived) {
        if (derived.changed) {
            state = derived.state;
            changed = true;
        }
    }
}
