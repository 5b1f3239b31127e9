package org.faqbot.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.dialog.MessageSender;
import org.faqbot.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MessageSender} for messages nobody just asked for (reminders), to conversation ids of the form
 * {@code tg:<chat_id>}. A reminder goes the way answers go: behind its chat's queued messages when the
 * outbox holds some, else straight to Telegram, and into the outbox when Telegram does not take it (5xx,
 * timeouts, refused connections, 429), so that it reaches the chat once, in order and after a restart too.
 * Thread-safe.
 *
 * <p>A reminder is tried once before it is queued, not with the answers' send retries: the outbox tries it
 * again within a second with the same doubling waits, and the reminder job's thread, which other jobs
 * share, is not held up for the retries' seconds by every reminder due during an outage.
 */
final class ReminderChannel implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderChannel.class);
    private static final String PREFIX = "tg:";

    private final TelegramSender sender;
    private final Backlog backlog;

    ReminderChannel(TelegramSender sender, Backlog backlog) {
        this.sender = sender;
        this.backlog = backlog;
    }

    /**
     * {@inheritDoc} True once Telegram took the reminder or the outbox holds it: either way it is on its way,
     * and sending it again would show it twice. False for another channel's conversation, and for a chat
     * Telegram refuses (403: the user blocked the bot; a 400 such as "chat not found"), so that the reminder
     * is dropped rather than tried again.
     *
     * @throws RuntimeException when Telegram did not take it and the outbox could not keep it either: the
     *                          reminder stays due and is tried again later
     */
    @Override
    public boolean send(String conversationId, Reply reply) {
        Optional<Long> chat = chatId(conversationId);
        if (chat.isEmpty()) {
            return false;
        }
        return send(chat.get(), sender.parts(reply));
    }

    /** The chat a conversation id names, when it is a Telegram one. */
    static Optional<Long> chatId(String conversationId) {
        if (!conversationId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(conversationId.substring(PREFIX.length())));
        } catch (NumberFormatException notTelegram) {
            return Optional.empty();
        }
    }

    private boolean send(long chatId, List<OutgoingMessage> parts) {
        for (int i = 0; i < parts.size(); i++) {
            List<OutgoingMessage> rest = parts.subList(i, parts.size());
            if (backlog.holds(chatId)) {
                queue(chatId, rest, backlog.now());
                return true;
            }
            Instant firstTry = backlog.now();
            try {
                sender.sendOnce(chatId, OptionalInt.empty(), parts.get(i));
            } catch (TelegramCallException e) {
                if (!e.retryable()) {
                    LOG.warn("chat {} cannot be reached, reminder dropped: {}", chatId, e.getMessage());
                    return false;
                }
                queue(chatId, rest, firstTry);
                LOG.warn("chat {}: Telegram did not take a reminder ({}); {} message(s) wait in the outbox",
                        chatId, e.getMessage(), rest.size());
                return true;
            }
        }
        return true;
    }

    /** Queues the reminder's messages behind the chat's earlier ones. */
    private void queue(long chatId, List<OutgoingMessage> messages, Instant firstTriedAt) {
        for (OutgoingMessage message : messages) {
            backlog.queue(chatId, OptionalInt.empty(), message, firstTriedAt);
        }
    }
}
