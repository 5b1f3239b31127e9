package org.faqbot.store;

import java.util.Optional;

/** Conversation state by conversation id. Implementations are thread-safe. */
public interface ConversationStore {

    Optional<ConversationState> find(String conversationId);

    /** Stores the state, replacing any earlier state of the same conversation. */
    void save(ConversationState state);

    void delete(String conversationId);

    /**
     * Forgets pending questions and recent turns last touched before {@code cutoff} (they have expired), and whole
     * states that held nothing else; returns how many states changed. Keeps what is needed only as
     * long as it is needed.
     */
    int purgeExpired(java.time.Instant cutoff);
}
