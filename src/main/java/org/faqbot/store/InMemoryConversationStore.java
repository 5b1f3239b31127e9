package org.faqbot.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversation state in memory: for the console and tests, and lost on exit. */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<String, ConversationState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<ConversationState> find(String conversationId) {
        return Optional.ofNullable(states.get(conversationId));
    }

    @Override
    public void save(ConversationState state) {
        states.put(state.conversationId(), state);
    }

    @Override
    public void delete(String conversationId) {
        states.remove(conversationId);
    }
}
