package org.faqbot.dialog;

import org.faqbot.store.Reminder;

/**
 * Sends a reply the user did not ask for just now, such as a reminder. A channel implements it.
 */
public interface MessageSender {

    /**
     * Sends {@code reply} to the conversation.
     *
     * @return false when this sender cannot reach that conversation (another channel's id)
     * @throws RuntimeException when sending failed and may be retried later
     */
    boolean send(String conversationId, Reply reply);

    /**
     * Sends a claimed, due reminder's reply to its conversation. A channel that queues what it cannot send at
     * once deletes the reminder in the same step as it queues it ({@link org.faqbot.store.OutboxStore#addReminder}),
     * so that a stop in between cannot leave it queued and due again; by default it is sent as any reply is, and
     * the caller finishes it afterwards either way.
     *
     * @return false when this sender cannot reach that conversation, or the reminder was finished meanwhile
     * @throws RuntimeException when sending failed and may be retried later
     */
    default boolean send(Reminder reminder, Reply reply) {
        return send(reminder.chatId(), reply);
    }
}
