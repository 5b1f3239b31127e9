package org.faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.faqbot.store.JournaledUpdate;
import org.faqbot.store.UpdateJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates come in, from polling or the webhook. Each update is recorded in the journal before
 * the caller confirms it to Telegram, queued behind earlier updates of its chat, handled, and marked
 * answered once the reply went out; from its first send until that mark is committed the answer holds
 * one of the {@link UnrecordedAnswers} permits. A failure in handling one update is logged and
 * answered with an apology; it never reaches the caller. An update interrupted by a stop stays
 * unanswered in the journal and is handled after the next start ({@link #replayUnanswered}).
 */
final class UpdateIntake {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);
    /** A longer window between a sent answer and its record is worth a line in the normal log. */
    private static final Duration SLOW_RECORD = Duration.ofMillis(100);
    /** Telegram's answer when the bot may not write to the chat any more. */
    private static final int FORBIDDEN = 403;

    private final UpdateJournal journal;
    private final UpdateCodec codec;
    private final UpdateReader reader;
    private final UpdateHandler handler;
    private final ChatQueues queues;
    private final TokenMask mask;
    private final Clock clock;
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final UnrecordedAnswers unrecorded;

    UpdateIntake(UpdateJournal journal, UpdateCodec codec, UpdateReader reader, UpdateHandler handler,
                 ChatQueues queues, TokenMask mask, Clock clock, int maxInFlight, UnrecordedAnswers unrecorded) {
        this.journal = journal;
        this.codec = codec;
        this.reader = reader;
        this.handler = handler;
        this.queues = queues;
        this.mask = mask;
        this.clock = clock;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
        this.unrecorded = unrecorded;
    }

    /**
     * Journals and queues an update as JSON, from getUpdates or the webhook; the journal keeps the JSON as
     * Telegram sent it. Blocks while too many updates are being handled.
     *
     * @return false when the journal had it already (a redelivery), which is not handled again
     * @throws IllegalArgumentException when {@code json} is not an update
     */
    boolean receive(String json) throws InterruptedException {
        return receive(codec.read(json), json);
    }

    /** {@link #receive(String)} for an update getUpdates returned, already parsed. */
    boolean receive(JsonNode update) throws InterruptedException {
        return receive(codec.read(update), update.toString());
    }

    private boolean receive(Update update, String json) throws InterruptedException {
        long id = update.getUpdateId();
        if (!journal.receive(new JournaledUpdate(id, json, clock.instant()))) {
            LOG.debug("update {} was received before; skipped", id);
            return false;
        }
        dispatch(id, update);
        return true;
    }

    /** Queues the journal's unanswered updates, oldest first: those a crash or stop left behind. */
    int replayUnanswered() throws InterruptedException {
        int replayed = 0;
        for (JournaledUpdate pending : journal.unanswered()) {
            Update update;
            try {
                update = codec.read(pending.payload());
            } catch (IllegalArgumentException e) {
                LOG.warn("journaled update {} cannot be read ({}); dropping it", pending.updateId(), e.getMessage());
                journal.markAnswered(pending.updateId(), clock.instant());
                continue;
            }
            dispatch(pending.updateId(), update);
            replayed++;
        }
        return replayed;
    }

    private void dispatch(long id, Update update) throws InterruptedException {
        TelegramEvent event = read(id, update);
        if (event instanceof TelegramEvent.Ignored ignored) {
            LOG.debug("update {} ignored: {}", id, ignored.reason());
            journal.markAnswered(id, clock.instant());
            return;
        }
        inFlight.acquire();
        try {
            queues.submit(event.orderKey(), () -> handle(event));
        } catch (RejectedExecutionException stopping) {
            inFlight.release();
            LOG.info("update {} left unanswered in the journal: the bot is stopping", id);
        }
    }

    private TelegramEvent read(long id, Update update) {
        try {
            return reader.read(update);
        } catch (RuntimeException e) {
            LOG.warn("update {} cannot be read: {}", id, mask.describe(e));
            return new TelegramEvent.Ignored(id, "unreadable");
        }
    }

    private void handle(TelegramEvent event) {
        // Closed only after the mark's commit (or its failure): until then the answer counts as unrecorded.
        UnrecordedAnswers.Claim claim = unrecorded.claim();
        try {
            if (handled(event, claim)) {
                record(event.updateId(), claim);
            }
        } finally {
            claim.close();
            inFlight.release();
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

    /**
     * Waits until every queued update is handled, at most {@code timeout}.
     *
     * @return true when none is left
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        if (inFlight.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            inFlight.release(maxInFlight);
            return true;
        }
        return false;
    }

    /** The stack trace of a failure under a masked message, for DEBUG logs. */
    private static final class MaskedTrace extends RuntimeException {
        MaskedTrace(String message, Throwable original) {
            super(message, null, false, true);
            setStackTrace(original.getStackTrace());
        }
    }
}
