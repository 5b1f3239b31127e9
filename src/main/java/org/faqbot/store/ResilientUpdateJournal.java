package org.faqbot.store;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * An {@link UpdateJournal} that degrades: while the database is away every update counts as new
 * ({@link #receive} answers true), because answering a redelivered message twice is better than
 * answering none; {@link #markAnswered} is queued.
 */
final class ResilientUpdateJournal implements UpdateJournal {

    private final UpdateJournal journal;
    private final Degrader degrader;

    ResilientUpdateJournal(UpdateJournal journal, Degrader degrader) {
        this.journal = journal;
        this.degrader = degrader;
    }

    @Override
    public boolean receive(JournaledUpdate update) {
        return degrader.read(() -> journal.receive(update), true);
    }

    @Override
    public void markAnswered(long updateId, Instant at) {
        degrader.write("mark update " + updateId + " answered", () -> journal.markAnswered(updateId, at));
    }

    @Override
    public List<JournaledUpdate> unanswered() {
        return degrader.read(journal::unanswered, List.of());
    }

    @Override
    public OptionalLong lastUpdateId() {
        return degrader.read(journal::lastUpdateId, OptionalLong.empty());
    }

    @Override
    public int purgeAnsweredBefore(Instant cutoff) {
        return degrader.read(() -> journal.purgeAnsweredBefore(cutoff), 0);
    }
}
