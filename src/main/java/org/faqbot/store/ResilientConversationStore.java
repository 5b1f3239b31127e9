package org.faqbot.store;

import java.util.Optional;

/** A {@link ConversationStore} that degrades: no state while the database is away, saves queued. */
final class ResilientConversationStore implements ConversationStore {

    private final ConversationStore store;
    private final Degrader degrader;

    ResilientConversationStore(ConversationStore store, Degrader degrader) {
        this.store = store;
        this.degrader = degrader;
    }

    @Override
    public Optional<ConversationState> find(String conversationId) {
        return degrader.read(() -> store.find(conversationId), Optional.empty());
    }

    @Override
    public void save(ConversationState state) {
        degrader.write("save conversation " + state.conversationId(), () -> store.save(state));
    }

    @Override
    public void delete(String conversationId) {
        degrader.write("delete conversation " + conversationId, () -> store.delete(conversationId));
    }

    @Override
    public int purgeExpired(java.time.Instant cutoff) {
        return degrader.read(() -> store.purgeExpired(cutoff), 0);
    }
}
