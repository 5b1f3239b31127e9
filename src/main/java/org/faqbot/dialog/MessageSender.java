package org.faqbot.dialog;

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
}
