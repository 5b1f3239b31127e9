package org.faqbot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way one update's messages go to its chat (and forum topic, when the update came from one): each is
 * sent only once the update's claim holds a permit ({@link UnrecordedAnswers}), so that no answer reaches
 * Telegram outside the bound. A message Telegram did not take after the send retries (it was away: 5xx,
 * timeouts, refused connections) goes to the {@link Backlog}'s outbox instead of being lost, and so does
 * every later message to a chat that has queued ones, so that the chat gets its answers in order; the
 * {@link OutboxSender} sends them once Telegram is back. The handler sends chat messages through this alone.
 */
record Outbox(TelegramSender sender, UnrecordedAnswers.Claim claim, OptionalInt topic, Backlog backlog) {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** Renders and sends {@code reply}, part by part. */
    void send(long chatId, Reply reply) {
        for (OutgoingMessage part : sender.parts(reply)) {
            send(chatId, part);
        }
    }

    /**
     * Sends one message, with retries and the plain-text fallback of
     * {@link TelegramSender#send(long, OptionalInt, OutgoingMessage, TelegramApi.Pause)}.
     */
    void send(long chatId, OutgoingMessage message) {
        if (backlog.holds(chatId)) {
            backlog.queue(chatId, topic, message, backlog.now());
            return;
        }
        Instant firstTry = backlog.now();
        awaitPermit();
        try {
            sender.send(chatId, topic, message, this::waitOut);
        } catch (TelegramCallException e) {
            if (!e.retryable() || Thread.currentThread().isInterrupted()) {
                throw e;
            }
            keep(chatId, message, firstTry, e);
            return;
        }
        claim.delivered();
    }

    /** Queues a message Telegram did not take; when even that fails, the send's failure is thrown. */
    private void keep(long chatId, OutgoingMessage message, Instant firstTry, TelegramCallException failure) {
        try {
            backlog.queue(chatId, topic, message, firstTry);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            throw failure;
        }
        LOG.warn("chat {}: Telegram did not take a message after the retries ({}); it waits in the outbox",
                chatId, failure.getMessage());
    }

    /**
     * Waits before a retry. Telegram's 429 ("too many requests, retry after N seconds") refuses a message,
     * so while none of this answer's messages has gone through, the answer is not on its way to the chat and
     * its permit serves other chats' answers during the wait, taken again after it; otherwise one chat's
     * flood wait of up to half a minute stalled every answer that needed one of the few permits. After any
     * other failure (a 5xx, a broken connection) the message may have arrived, and the permit stays.
     */
    private void waitOut(TelegramCallException failure, Duration wait) {
        boolean lend = failure.retryAfter().isPresent() && !claim.anyDelivered();
        if (lend) {
            claim.close();
        }
        TelegramApi.sleep(failure, wait);
        if (lend) {
            awaitPermit();
        }
    }

    /**
     * @throws TelegramCallException with the interrupt flag set when the bot stops while the answer waits
     *                               its turn: it is then left unanswered in the journal, as a send cut off
     *                               by the stop is
     */
    private void awaitPermit() {
        try {
            claim.beforeSend();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramCallException("sendMessage", OptionalInt.empty(), "interrupted while waiting to send",
                    Optional.empty());
        }
    }
}
