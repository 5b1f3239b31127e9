package org.faqbot.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;

/** The update journal in memory: survives a restart of polling in one process, not a crash. */
public final class InMemoryUpdateJournal implements UpdateJournal {

    private final TreeMap<Long, JournaledUpdate> unanswered = new TreeMap<>();
    /** Answered updates by id, with the time they were received (what the purge goes by). */
    private final TreeMap<Long, Instant> answered = new TreeMap<>();
    private long lastId = -1;

    @Override
    public synchronized boolean receive(JournaledUpdate update) {
        long id = update.updateId();
        // Telegram's update ids only grow, so anything at or below the last one was seen before,
        // even when its answered record has been purged since.
        if (id <= lastId) {
            return false;
        }
        unanswered.put(id, update);
        lastId = Math.max(lastId, id);
        return true;
    }

    @Override
    public synchronized void markAnswered(long updateId, Instant at) {
        JournaledUpdate update = unanswered.remove(updateId);
        if (update != null) {
            answered.put(updateId, update.receivedAt());
        }
    }

    @Override
    public synchronized List<JournaledUpdate> unanswered() {
        return new ArrayList<>(unanswered.values());
    }

    @Override
    public synchronized OptionalLong lastUpdateId() {
        return lastId < 0 ? OptionalLong.empty() : OptionalLong.of(lastId);
    }

    @Override
    public synchronized int purgeAnsweredBefore(Instant cutoff) {
        int before = answered.size();
        answered.values().removeIf(receivedAt -> receivedAt.isBefore(cutoff));
        return before - answered.size();
    }
}
