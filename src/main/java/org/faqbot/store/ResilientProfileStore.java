package org.faqbot.store;

import java.util.List;

/**
 * A {@link ProfileStore} that degrades: no facts while the database is away, saves queued. Deleting a
 * user is a promise to the user, so it throws {@link StoreUnavailableException} instead of pretending.
 */
final class ResilientProfileStore implements ProfileStore {

    private final ProfileStore store;
    private final Degrader degrader;

    ResilientProfileStore(ProfileStore store, Degrader degrader) {
        this.store = store;
        this.degrader = degrader;
    }

    @Override
    public List<ProfileFact> facts(String userId) {
        return degrader.read(() -> store.facts(userId), List.of());
    }

    @Override
    public void save(ProfileFact fact) {
        degrader.write("save profile fact " + fact.fact() + " of user " + fact.userId(), () -> store.save(fact));
    }

    @Override
    public boolean deleteFact(String userId, String fact) {
        return degrader.required(() -> store.deleteFact(userId, fact));
    }

    @Override
    public int deleteUser(String userId) {
        return degrader.required(() -> store.deleteUser(userId));
    }
}
