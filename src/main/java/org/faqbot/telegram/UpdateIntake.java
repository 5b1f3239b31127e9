package org.faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
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
 * the caller confirms it to Telegram, queued behind earlier updates of its chat, and answered by an
 * {@link EventAnswerer}, which marks it answered once the reply went out. A failure in handling one update
 * is logged and answered with an apology; it never reaches the caller. An update interrupted by a stop stays
 * unanswered in the journal and is handled after the next start ({@link #replayUnanswered}).
 */
final class UpdateIntake {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);

    private final UpdateJournal journal;
    private final UpdateCodec codec;
    private final UpdateReader reader;
    private final ChatQueues queues;
    private final TokenMask mask;
    private final Clock clock;
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final EventAnswerer answerer;

    UpdateIntake(UpdateJournal journal, UpdateCodec codec, UpdateReader reader, UpdateHandler handler,
                 ChatQueues queues, TokenMask mask, Clock clock, int maxInFlight, UnrecordedAnswers unrecorded) {
        this.journal = journal;
        this.codec = codec;
        this.reader = reader;
        this.queues = queues;
        this.mask = mask;
        this.clock = clock;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
        this.answerer = new EventAnswerer(journal, handler, mask, clock, unrecorded);
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
            queues.submit(event.orderKey(), () -> answer(event));
        } catch (RejectedExecutionException stopping) {
            inFlight.release();
            LOG.info("update {} left unanswered in the journal: the bot is stopping", id);
        }
    }

    private void answer(TelegramEvent event) {
        try {
            answerer.answer(event);
        } finally {
            inFlight.release();
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
}
