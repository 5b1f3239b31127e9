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

    @Override
    public int purgeExpired(java.time.Instant cutoff) {
        int changed = 0;
        for (ConversationState state : states.values()) {
            if (state.updatedAt().isBefore(cutoff) && (state.pending().isPresent() || !state.recent().holdsNothing())) {
                ConversationState kept = state.expired();
                if (kept.isBlank()) {
                    states.remove(state.conversationId(), state);
                } else {
                    states.replace(state.conversationId(), state, kept);
                }
                changed++;
            }
        }
        return changed;
    }
}
