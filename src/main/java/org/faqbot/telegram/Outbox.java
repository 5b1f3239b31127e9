package org.faqbot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 *
 * <p>What is queued of a reply, all its messages not sent yet, is queued in one step that also marks the update
 * answered in the journal ({@link Backlog#queueAnswer}): queued and then marked by {@link UpdateIntake} in two
 * steps, a crash in between replayed the update after the restart, and the chat got its answer twice.
 */
record Outbox(TelegramSender sender, UnrecordedAnswers.Claim claim, long updateId, OptionalInt topic, Backlog backlog) {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** Renders and sends {@code reply}, part by part. */
    void send(long chatId, Reply reply) {
        send(chatId, sender.parts(reply));
    }

    /** Sends one message, as {@link #send(long, List)} does. */
    void send(long chatId, OutgoingMessage message) {
        send(chatId, List.of(message));
    }

    /**
     * Sends the messages in order, each with retries and the plain-text fallback of
     * {@link TelegramSender#send(long, OptionalInt, OutgoingMessage, RetryPause)}; from the first one that
     * must wait (its chat has queued ones, or Telegram did not take it) on, the rest are queued.
     */
    private void send(long chatId, List<OutgoingMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
            List<OutgoingMessage> rest = messages.subList(i, messages.size());
            if (backlog.holds(chatId)) {
                backlog.queueAnswer(chatId, topic, updateId, rest, backlog.now());
                return;
            }
            Instant firstTry = backlog.now();
            awaitPermit();
            try {
                sender.send(chatId, topic, messages.get(i), this::waitOut);
            } catch (TelegramCallException e) {
                if (!e.retryable() || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                keep(chatId, rest, firstTry, e);
                return;
            }
            claim.delivered();
        }
    }

    /** Queues the messages Telegram did not take; when even that fails, the send's failure is thrown. */
    private void keep(long chatId, List<OutgoingMessage> rest, Instant firstTry, TelegramCallException failure) {
        try {
            backlog.queueAnswer(chatId, topic, updateId, rest, firstTry);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            throw failure;
        }
        LOG.warn("chat {}: Telegram did not take a message after the retries ({}); {} message(s) wait in the outbox",
                chatId, failure.getMessage(), rest.size());
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
        RetryPause.sleep(failure, wait);
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
