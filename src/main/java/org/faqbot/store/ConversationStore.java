package org.faqbot.store;

import java.util.Optional;

/** Conversation state by conversation id. Implementations are thread-safe. */
public interface ConversationStore {

    Optional<ConversationState> find(String conversationId);

    /** Stores the state, replacing any earlier state of the same conversation. */
    void save(ConversationState state);

    void delete(String conversationId);
}
