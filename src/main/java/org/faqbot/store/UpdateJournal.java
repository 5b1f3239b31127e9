package org.faqbot.store;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Received Telegram updates and whether they were answered: an update is recorded before Telegram is
 * told it arrived, and marked answered right after the reply went out (or, for a reply queued in the outbox, as
 * it is queued: {@link OutboxStore#addAnswer}), so after a crash the unanswered
 * ones are handled again and none is lost. Telegram cannot say whether a reply arrived, so an update
 * whose reply was on its way when the process died is answered a second time; with one update per chat
 * in flight that is at most one per chat. After a clean stop nothing is answered twice. Thread-safe.
 */
public interface UpdateJournal {

    /** Records an update; false when it was recorded before (a redelivery), which must not be handled again. */
    boolean receive(JournaledUpdate update);

    void markAnswered(long updateId, Instant at);

    /** Received but not yet answered updates, oldest first. */
    List<JournaledUpdate> unanswered();

    /** The highest update id ever received, if any. */
    OptionalLong lastUpdateId();

    /** Deletes answered updates received before {@code cutoff}; returns how many went. */
    int purgeAnsweredBefore(Instant cutoff);
}
