package org.faqbot.telegram;

import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.dialog.Reply;

/**
 * The way one update's messages go to its chat: each is sent only once the update's claim holds a
 * permit ({@link UnrecordedAnswers}), so that no answer reaches Telegram outside the bound. The handler
 * sends chat messages through this alone.
 */
record Outbox(TelegramSender sender, UnrecordedAnswers.Claim claim) {

    /** Renders and sends {@code reply}; see {@link TelegramSender#send(long, Reply)}. */
    void send(long chatId, Reply reply) {
        awaitPermit();
        sender.send(chatId, reply);
    }

    /** Sends one message; see {@link TelegramSender#send(long, OutgoingMessage)}. */
    void send(long chatId, OutgoingMessage message) {
        awaitPermit();
        sender.send(chatId, message);
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
