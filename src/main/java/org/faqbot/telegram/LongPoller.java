package org.faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.faqbot.store.UpdateJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Fetches updates by long polling and hands them to the {@link UpdateIntake}. The offset is driven
 * here: an update is confirmed to Telegram (by asking for a higher offset) only after the intake
 * journaled it, and polling resumes after the journal's last update id. Failures never end the loop:
 * it waits {@code retry_after} on 429 and backs off exponentially on everything else.
 */
final class LongPoller {

    private static final Logger LOG = LoggerFactory.getLogger(LongPoller.class);
    /** The updates the bot handles; Telegram does not send the others. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "inline_query");

    private final TelegramApi api;
    private final UpdateIntake intake;
    private final int limit;
    private final int timeoutSeconds;
    private final Thread thread;
    private volatile boolean stopping;
    private long offset;

    LongPoller(TelegramApi api, UpdateIntake intake, UpdateJournal journal, int limit, Duration timeout) {
        this.api = api;
        this.intake = intake;
        this.limit = limit;
        this.timeoutSeconds = (int) timeout.toSeconds();
        OptionalLong last = journal.lastUpdateId();
        this.offset = last.isPresent() ? last.getAsLong() + 1 : 0;
        this.thread = new Thread(this::loop, "tg-poller");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops taking updates: cancels the long poll in flight and waits for the loop to end. */
    void stop() throws InterruptedException {
        stopping = true;
        api.cancelAll();
        thread.interrupt();
        thread.join(Duration.ofSeconds(5).toMillis());
    }

    private void loop() {
        LOG.info("polling for updates from offset {}", offset);
        int failures = 0;
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                receive(api.callForJson(request()));
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    break;
                }
                failures++;
                backOff(failures, e);
            }
        }
        LOG.info("polling stopped at offset {}", offset);
    }

    /**
     * Hands each update of a getUpdates result to the intake, in order, and moves the offset past it. The
     * updates are read one by one, so one that cannot be read is logged and skipped without failing the
     * others; an entry without an update_id is no update and cannot be confirmed, so a batch of nothing
     * else fails (and is fetched again after a backoff, instead of at once).
     */
    private void receive(JsonNode updates) throws InterruptedException {
        if (!updates.isArray()) {
            throw new TelegramCallException("getUpdates", OptionalInt.empty(), "the result is not a list of updates",
                    Optional.empty());
        }
        long before = offset;
        for (JsonNode update : updates) {
            OptionalLong id = UpdateCodec.updateId(update);
            if (id.isEmpty()) {
                LOG.warn("getUpdates returned an entry without update_id; skipped");
                continue;
            }
            try {
                intake.receive(update);
            } catch (IllegalArgumentException unreadable) {
                LOG.warn("update {} skipped: {}", id.getAsLong(), unreadable.getMessage());
            }
            offset = Math.max(offset, id.getAsLong() + 1L);
        }
        if (!updates.isEmpty() && offset == before) {
            throw new TelegramCallException("getUpdates", OptionalInt.empty(), "no entry of the result has an update_id",
                    Optional.empty());
        }
    }

    private GetUpdates request() {
        return GetUpdates.builder()
                .offset(offset == 0 ? null : Math.toIntExact(offset))
                .limit(limit)
                .timeout(timeoutSeconds)
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    private void backOff(int failures, RuntimeException error) {
        Duration wait = error instanceof TelegramCallException call && call.retryAfter().isPresent()
                ? call.retryAfter().get()
                : api.retryPolicy().delayBefore(failures);
        String reason = error instanceof TelegramCallException ? error.getMessage() : api.mask().describe(error);
        LOG.warn("getUpdates failed {} time(s) in a row ({}); next try in {} ms", failures, reason, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
