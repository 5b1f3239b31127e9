package org.faqbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.faqbot.store.OutboxStore;
import org.faqbot.store.QueuedMessage;
import org.faqbot.store.StoreFailures;
import org.faqbot.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds once Telegram takes messages again, run every few hundred milliseconds
 * on a thread of its own. Each chat's messages go in the order they were queued, one try per message
 * per round, and a message that fails waits longer each time (the send retries' backoff, or Telegram's
 * {@code retry_after}). A message is removed once Telegram took it, so it is sent at most once after a
 * definite success; a 5xx or a timeout counts as not delivered and is tried again (see the README).
 * A chat Telegram refuses for good (403: the user blocked the bot) loses all its queued messages, any
 * other refusal (a 400) loses that message, and what is too late is dropped unsent ({@link OutboxExpiry}).
 * A message that fails with no Telegram error (a bug, a message the client library will not build) is put off as
 * a 5xx is, and the round goes on; after {@link UnexpectedFailures#BEFORE_PLAIN} such failures it is tried once
 * as plain text without buttons, and dropped when that fails too, so that the chat's later messages go out; the
 * count is kept with the message in the store, so a restart or another instance goes on with it.
 * Logs name chats and counts, never a message's text.
 */
final class OutboxSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /**
     * A claim older than this belongs to an instance that died while sending. Longer than one try can
     * take (10 s to connect, 30 s to write, 30 s to read), so a live instance's claim never runs out.
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 100;
    private static final int FORBIDDEN = 403;

    /** One try to send a message, without retries: {@link TelegramSender#sendOnce}. */
    @FunctionalInterface
    interface Send {
        /** @throws TelegramCallException when Telegram did not take it */
        void once(long chatId, OptionalInt topic, OutgoingMessage message);
    }

    private final OutboxStore store;
    private final Backlog backlog;
    private final Send send;
    private final RetryPolicy retry;
    private final OutboxExpiry expiry;
    private final Clock clock;
    private final UnexpectedFailures unexpected;
    private volatile boolean stopping;

    OutboxSender(OutboxStore store, Backlog backlog, TelegramSender sender, RetryPolicy retry, Duration maxAge, Clock clock) {
        this(store, backlog, sender::sendOnce, retry, maxAge, clock);
    }

    OutboxSender(OutboxStore store, Backlog backlog, Send send, RetryPolicy retry, Duration maxAge, Clock clock) {
        this.store = store;
        this.backlog = backlog;
        this.send = send;
        this.retry = retry;
        this.expiry = new OutboxExpiry(store, maxAge, clock);
        this.unexpected = new UnexpectedFailures(store, retry, clock);
        this.clock = clock;
    }

    /** One round: drops what is too old, then sends what is due until nothing more goes through. Never throws. */
    @Override
    public void run() {
        try {
            drain();
        } catch (StoreUnavailableException e) {
            LOG.debug("outbox not sent, the database is away: {}", StoreFailures.describe(e));
        } catch (RuntimeException e) {
            LOG.warn("outbox round failed: {}", UnexpectedFailures.describe(e));
        }
    }

    /** Lets the message being sent finish, and sends no more. */
    void stop() {
        stopping = true;
    }

    /**
     * Rounds until one leaves the queue as it was; the backlog is read again after each, so that a chat
     * whose queue emptied has its next answer sent at once instead of queued.
     */
    private void drain() {
        expiry.run();
        backlog.refresh();
        while (!backlog.isEmpty() && !stopping && sendDue() > 0) {
            backlog.refresh();
        }
    }

    /** Tries each chat's oldest due message once; returns how many left the queue (sent or dropped). */
    private int sendDue() {
        Instant now = clock.instant();
        int gone = 0;
        for (QueuedMessage message : store.dueHeads(now, LEASE, BATCH)) {
            if (stopping) {
                break;
            }
            if (store.claim(message.id(), now, LEASE) && deliverOrPutOff(message)) {
                gone++;
            }
        }
        return gone;
    }

    /**
     * {@link #deliver}s the message; one that fails in a way nobody expected (a bug, a message the client
     * library will not build) is left to {@link UnexpectedFailures}, and the round goes on with the other
     * chats: thrown out of the round, it stopped the others' sends, and stayed claimed for the lease's two
     * minutes each time. The store being away still ends the round, as every other message would meet it too.
     */
    private boolean deliverOrPutOff(QueuedMessage queued) {
        boolean plain = UnexpectedFailures.exhausted(queued);
        try {
            return deliver(queued, plain);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return unexpected.failed(queued, e, plain);
        }
    }

    /** Sends the message, or its plain text; returns whether it left the queue: sent, or dropped for good. */
    private boolean deliver(QueuedMessage queued, boolean plain) {
        OutgoingMessage message;
        try {
            message = OutgoingMessageJson.read(queued.message());
        } catch (IllegalArgumentException e) {
            // Not the exception's message: it may quote the JSON, the message's text.
            LOG.warn("queued message {} for chat {} cannot be read, dropped ({})", queued.id(), queued.chatId(),
                    e.getClass().getName());
            store.remove(queued.id());
            return true;
        }
        try {
            send.once(queued.chatId(), queued.threadId(), plain ? UnexpectedFailures.plain(message) : message);
        } catch (TelegramCallException e) {
            return failed(queued, e);
        }
        store.remove(queued.id());
        LOG.info("queued message {} for chat {} sent after {} s{}", queued.id(), queued.chatId(),
                Duration.between(queued.firstTriedAt(), clock.instant()).toSeconds(),
                plain ? ", as plain text without buttons after failing unexpectedly" : "");
        return true;
    }

    /** Drops or puts off a message Telegram did not take; returns whether it left the queue. */
    private boolean failed(QueuedMessage queued, TelegramCallException e) {
        if (e.errorCode().orElse(0) == FORBIDDEN) {
            int dropped = store.removeChat(queued.chatId());
            LOG.info("chat {} cannot be reached ({}): dropped its {} queued message(s)", queued.chatId(), e.getMessage(), dropped);
            return true;
        }
        if (!e.retryable()) {
            store.remove(queued.id());
            LOG.warn("queued message {} for chat {} refused, dropped: {}", queued.id(), queued.chatId(), e.getMessage());
            return true;
        }
        int attempts = queued.attempts() + 1;
        Duration wait = e.retryAfter().orElse(retry.delayBefore(attempts));
        store.retryLater(queued.id(), attempts, clock.instant().plus(wait));
        LOG.debug("queued message {} for chat {}: try {} failed ({}); next in {} ms", queued.id(), queued.chatId(),
                attempts, e.getMessage(), wait.toMillis());
        return false;
    }
}
