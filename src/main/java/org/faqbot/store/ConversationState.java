package org.faqbot.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * What the bot keeps about one conversation between messages.
 *
 * @param conversationId the conversation, e.g. {@code tg:12345}
 * @param langChoice     the language the user chose with /lang, which then sticks
 * @param pending        the question the bot is waiting on, if any
 * @param recent         what the last replies left for the next message ({@link RecentTurns#NONE} when nothing)
 * @param updatedAt      when this state was last written
 */
public record ConversationState(
        String conversationId, Optional<Lang> langChoice, Optional<PendingQuestion> pending, RecentTurns recent, Instant updatedAt) {

    public ConversationState {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(langChoice, "langChoice");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A state with nothing recent kept. */
    public ConversationState(String conversationId, Optional<Lang> langChoice, Optional<PendingQuestion> pending, Instant updatedAt) {
        this(conversationId, langChoice, pending, RecentTurns.NONE, updatedAt);
    }

    public static ConversationState empty(String conversationId, Instant now) {
        return new ConversationState(conversationId, Optional.empty(), Optional.empty(), now);
    }

    /** True when nothing is worth keeping, so the state can be deleted rather than stored. */
    public boolean isBlank() {
        return langChoice.isEmpty() && pending.isEmpty() && recent.holdsNothing();
    }

    public ConversationState withPending(Optional<PendingQuestion> question, Instant now) {
        return new ConversationState(conversationId, langChoice, question, recent, now);
    }

    /** This state with the language the user chose, which replaces the language they last wrote in: the choice decides now. */
    public ConversationState withLangChoice(Optional<Lang> lang, Instant now) {
        return new ConversationState(conversationId, lang, pending, lang.isPresent() ? recent.withLanguage(Optional.empty()) : recent, now);
    }

    public ConversationState withRecent(RecentTurns turns, Instant now) {
        return new ConversationState(conversationId, langChoice, pending, turns, now);
    }

    /** This state once its time has passed: without its pending question and recent turns, the language choice kept. */
    public ConversationState expired() {
        return new ConversationState(conversationId, langChoice, Optional.empty(), RecentTurns.NONE, updatedAt);
    }
}
