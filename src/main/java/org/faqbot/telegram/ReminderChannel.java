package org.faqbot.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.faqbot.dialog.MessageSender;
import org.faqbot.dialog.Reply;
import org.faqbot.store.DropLog;
import org.faqbot.store.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MessageSender} for messages nobody just asked for (reminders), to conversation ids of the form
 * {@code tg:<chat_id>}. A reminder goes the way answers go: behind its chat's queued messages when the
 * outbox holds some, else straight to Telegram, and into the outbox when Telegram does not take it (5xx,
 * timeouts, refused connections, 429), so that it reaches the chat once, in order and after a restart too.
 * Thread-safe.
 *
 * <p>A reminder's messages are queued in the step that deletes the reminder ({@link Backlog#queueReminder}):
 * queued first and deleted after, a stop in between left it both queued and due again, and it arrived twice.
 * Its messages are dropped from the outbox a day after the reminder was due, not a day after their first try.
 *
 * <p>A reminder is tried once before it is queued, not with the answers' send retries: the outbox tries it
 * again within a second with the same doubling waits, and the reminder job's thread, which other jobs
 * share, is not held up for the retries' seconds by every reminder due during an outage.
 *
 * <p>Reminders to chats Telegram refuses are logged a line a minute at most, with their count since the last
 * line, written when the next reminder comes after the minute: a reminder round to many chats that blocked
 * the bot wrote a line each.
 */
final class ReminderChannel implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderChannel.class);
    private static final String PREFIX = "tg:";

    private final Function<Reply, List<OutgoingMessage>> parts;
    private final OutboxSender.Send send;
    private final Backlog backlog;
    private final DropLog refused;

    ReminderChannel(TelegramSender sender, Backlog backlog, Clock clock) {
        this(sender::parts, sender::sendOnce, backlog, clock);
    }

    /** @param parts the messages a reply is sent as ({@link TelegramSender#parts}) */
    ReminderChannel(Function<Reply, List<OutgoingMessage>> parts, OutboxSender.Send send, Backlog backlog, Clock clock) {
        this.parts = parts;
        this.send = send;
        this.backlog = backlog;
        this.refused = new DropLog(clock, DropLog.EVERY_MINUTE, (count, latest) -> LOG.warn(
                "dropped {} reminder(s) to chats Telegram refuses since the last line, the latest {}", count, latest));
    }

    /**
     * {@inheritDoc} True once Telegram took the reply or the outbox holds it: either way it is on its way,
     * and sending it again would show it twice. False for another channel's conversation, and for a chat
     * Telegram refuses (403: the user blocked the bot; a 400 such as "chat not found"), so that the reply
     * is dropped rather than tried again.
     *
     * @throws RuntimeException when Telegram did not take it and the outbox could not keep it either
     */
    @Override
    public boolean send(String conversationId, Reply reply) {
        return chatId(conversationId)
                .map(chat -> send(chat, parts.apply(reply), (rest, firstTry) -> queue(chat, rest, firstTry)))
                .orElse(false);
    }

    /**
     * {@inheritDoc} As {@link #send(String, Reply)}; what the outbox keeps of it is queued in the step that
     * deletes the reminder, and is dropped a day after the reminder was due ({@link OutboxSender}). False also
     * when the reminder was finished meanwhile (another try whose claim had run out sent it): nothing is queued.
     *
     * @throws RuntimeException when Telegram did not take it and the outbox could not keep it either: the
     *                          reminder stays claimed and is tried again once its claim runs out
     */
    @Override
    public boolean send(Reminder reminder, Reply reply) {
        return chatId(reminder.chatId())
                .map(chat -> send(chat, parts.apply(reply), (rest, firstTry) -> queueReminder(chat, reminder, rest, firstTry)))
                .orElse(false);
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

    /** Queues a reply's messages that did not go out; returns whether they are on their way. */
    @FunctionalInterface
    private interface Keeper {
        boolean keep(List<OutgoingMessage> rest, Instant firstTriedAt);
    }

    private boolean send(long chatId, List<OutgoingMessage> parts, Keeper keeper) {
        refused.flushIfDue();
        for (int i = 0; i < parts.size(); i++) {
            List<OutgoingMessage> rest = parts.subList(i, parts.size());
            if (backlog.holds(chatId)) {
                return keeper.keep(rest, backlog.now());
            }
            Instant firstTry = backlog.now();
            try {
                send.once(chatId, OptionalInt.empty(), parts.get(i));
            } catch (TelegramCallException e) {
                if (!e.retryable()) {
                    refused.dropped(1, "to chat " + chatId + " (" + e.getMessage() + ")");
                    return false;
                }
                if (!keeper.keep(rest, firstTry)) {
                    return false;
                }
                LOG.warn("chat {}: Telegram did not take a reminder ({}); {} message(s) wait in the outbox",
                        chatId, e.getMessage(), rest.size());
                return true;
            }
        }
        return true;
    }

    /** Queues the reply's messages behind the chat's earlier ones. */
    private boolean queue(long chatId, List<OutgoingMessage> messages, Instant firstTriedAt) {
        for (OutgoingMessage message : messages) {
            backlog.queue(chatId, OptionalInt.empty(), message, firstTriedAt);
        }
        return true;
    }

    private boolean queueReminder(long chatId, Reminder reminder, List<OutgoingMessage> messages, Instant firstTriedAt) {
        if (backlog.queueReminder(chatId, reminder, messages, firstTriedAt)) {
            return true;
        }
        LOG.info("reminder {} was finished meanwhile (sent by another try, or its user forgotten); not queued", reminder.id());
        return false;
    }
}
