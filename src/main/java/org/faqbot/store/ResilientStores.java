package org.faqbot.store;

import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * Stores that keep the bot answering while the database is unavailable. Reads answer empty (no
 * conversation state, no facts, no due reminders) so the bot still answers FAQ questions, just without
 * memory. Writes that only record something (conversation state, profile facts, the question log,
 * finished reminders, answered updates, the Telegram outbox) are queued in memory, up to 1000, and replayed in order once
 * the database is back: losing them would lose a user's fact or re-send a reminder. A queued write
 * could be replayed after it had in fact been committed, which the idempotent writes shrug off and an
 * event or feedback record would count twice. Writes whose outcome the user is told (scheduling,
 * cancelling, deleting) throw {@link StoreUnavailableException} so the dialog can say "try again later".
 * {@link UpdateJournal#receive} answers true when it cannot check. Queued writes are lost on exit.
 */
public final class ResilientStores {

    private final Degrader degrader;
    private final BooleanSupplier probe;
    private final Stores stores;

    private ResilientStores(Stores delegate, BooleanSupplier probe, Degrader degrader) {
        this.degrader = degrader;
        this.probe = probe;
        this.stores = new Stores(
                new ResilientConversationStore(delegate.conversations(), degrader),
                new ResilientProfileStore(delegate.profiles(), degrader),
                new ResilientQuestionLog(delegate.questions(), degrader),
                new ResilientReminderStore(delegate.reminders(), degrader),
                new ResilientUpdateJournal(delegate.updates(), degrader),
                new ResilientOutboxStore(delegate.outbox(), degrader),
                () -> !degrader.isDown());
    }

    /**
     * Wraps the stores.
     *
     * @param probe answers whether the database is reachable now, e.g. {@code database::available}
     * @param clock times the pause after a failure
     */
    public static ResilientStores wrap(Stores delegate, BooleanSupplier probe, Clock clock) {
        return new ResilientStores(delegate, probe, new Degrader(clock));
    }

    /** The degrading stores to hand to the core. */
    public Stores stores() {
        return stores;
    }

    /**
     * Probes the database, for the health check: when it answers, the stores use it again at once
     * and the queued writes are replayed.
     */
    public boolean available() {
        return degrader.probe(probe);
    }

    /** Writes waiting for the database. */
    public int queuedWrites() {
        return degrader.queued();
    }

    /** Writes given up: the queue overflowed, or a replay failed for another reason than an outage. */
    public long droppedWrites() {
        return degrader.dropped();
    }
}
