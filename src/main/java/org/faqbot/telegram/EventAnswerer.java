package org.faqbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.faqbot.store.UpdateJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one update the {@link UpdateIntake} queued, on a worker: hands it to the {@link UpdateHandler}, apologises
 * when that fails, and marks it answered in the journal once the reply went out. From its first send until that mark
 * is committed the answer holds one of the {@link UnrecordedAnswers} permits. Thread-safe.
 */
final class EventAnswerer {

    /** Logged under the intake's name: its lines tell one update's story from receipt to record. */
    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);
    /** A longer window between a sent answer and its record is worth a line in the normal log. */
    private static final Duration SLOW_RECORD = Duration.ofMillis(100);
    /** Telegram's answer when the bot may not write to the chat any more. */
    private static final int FORBIDDEN = 403;

    private final UpdateJournal journal;
    private final UpdateHandler handler;
    private final TokenMask mask;
    private final Clock clock;
    private final UnrecordedAnswers unrecorded;

    EventAnswerer(UpdateJournal journal, UpdateHandler handler, TokenMask mask, Clock clock, UnrecordedAnswers unrecorded) {
        this.journal = journal;
        this.handler = handler;
        this.mask = mask;
        this.clock = clock;
        this.unrecorded = unrecorded;
    }

    /**
     * Handles {@code event} and records it answered; a failure is logged and apologised for, and an event a stop
     * interrupted is left unanswered in the journal.
     */
    void answer(TelegramEvent event) {
        // Closed only after the mark's commit (or its failure): until then the answer counts as unrecorded.
        UnrecordedAnswers.Claim claim = unrecorded.claim();
        try {
            if (handled(event, claim)) {
                record(event.updateId(), claim);
            }
        } finally {
            claim.close();
        }
    }

    /**
     * Handles the event; a failure is logged and apologised for.
     *
     * @return false when a stop interrupted it: it is to stay unanswered in the journal
     */
    private boolean handled(TelegramEvent event, UnrecordedAnswers.Claim claim) {
        try {
            handler.handle(event, claim);
            return true;
        } catch (RuntimeException | Error e) {
            if (e instanceof OutOfMemoryError) {
                throw e;
            }
            return failed(event, claim, e);
        }
    }

    /**
     * Marks the update answered. A mark that fails is logged and not retried: the answer went out, and
     * apologising for it would only add a wrong message; the update may be answered again after a restart.
     */
    private void record(long updateId, UnrecordedAnswers.Claim claim) {
        long sent = System.nanoTime();
        try {
            journal.markAnswered(updateId, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("update {} was answered, but recording that failed: {}; a restart may answer it again",
                    updateId, mask.describe(e));
            return;
        }
        logWindow(updateId, System.nanoTime() - sent, claim);
    }

    /**
     * Logs how long after Telegram took the answer the journal had it: a crash in that window answers
     * the update again after the restart. At DEBUG always, at INFO when it is long.
     */
    private void logWindow(long updateId, long nanos, UnrecordedAnswers.Claim claim) {
        String line = "update {}: answer recorded {} ms after it was sent";
        Object[] args = {updateId, millis(nanos)};
        if (claim.held()) {
            line += "; unrecorded {} ms from its first send, which waited {} ms for one of {} permits";
            args = new Object[] {updateId, millis(nanos), millis(claim.heldNanos()), millis(claim.waitedNanos()),
                    unrecorded.limit()};
        }
        if (nanos > SLOW_RECORD.toNanos()) {
            LOG.info(line, args);
        } else {
            LOG.debug(line, args);
        }
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /** Logs the failure and apologises; returns whether the update is answered (false when a stop interrupted it). */
    private boolean failed(TelegramEvent event, UnrecordedAnswers.Claim claim, Throwable error) {
        if (Thread.currentThread().isInterrupted()) {
            LOG.info("update {} interrupted by a stop; it stays unanswered in the journal", event.updateId());
            return false;
        }
        if (error instanceof TelegramCallException call && call.errorCode().orElse(0) == FORBIDDEN) {
            // The user blocked the bot or removed it from the group: an apology cannot reach them either.
            LOG.info("update {} not answered, the chat cannot be reached: {}", event.updateId(), call.getMessage());
            return true;
        }
        LOG.warn("update {} failed: {}", event.updateId(), mask.describe(error));
        LOG.debug("update {} failure detail", event.updateId(), new MaskedTrace(mask.describe(error), error));
        try {
            handler.apologise(event, claim);
        } catch (RuntimeException apologyFailed) {
            LOG.warn("update {}: the apology failed too: {}", event.updateId(), mask.describe(apologyFailed));
        }
        return !Thread.currentThread().isInterrupted();
    }

    /** The stack trace of a failure under a masked message, for DEBUG logs. */
    private static final class MaskedTrace extends RuntimeException {
        MaskedTrace(String message, Throwable original) {
            super(message, null, false, true);
            setStackTrace(original.getStackTrace());
        }
    }
}
