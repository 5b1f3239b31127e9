package org.faqbot.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Profiles in memory: for the console and tests, and lost on exit. */
public final class InMemoryProfileStore implements ProfileStore {

    private final Map<String, Map<String, ProfileFact>> byUser = new ConcurrentHashMap<>();

    @Override
    public List<ProfileFact> facts(String userId) {
        return byUser.getOrDefault(userId, Map.of()).values().stream()
                .sorted(Comparator.comparing(ProfileFact::fact))
                .toList();
    }

    @Override
    public void save(ProfileFact fact) {
        byUser.computeIfAbsent(fact.userId(), id -> new ConcurrentHashMap<>()).put(fact.fact(), fact);
    }

    @Override
    public boolean deleteFact(String userId, String fact) {
        Map<String, ProfileFact> facts = byUser.get(userId);
        return facts != null && facts.remove(fact) != null;
    }

    @Override
    public int deleteUser(String userId) {
        Map<String, ProfileFact> removed = byUser.remove(userId);
        return removed == null ? 0 : removed.size();
    }
}
