package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * One message a user sent, from any channel.
 *
 * @param conversationId the conversation it belongs to, unique across channels (e.g. {@code tg:12345},
 *                       {@code cli:local}); state such as a pending question is kept per conversation
 * @param userId         the person who sent it (profiles are per user), e.g. {@code tg:987}
 * @param text           what they wrote, as sent (may be empty, never null)
 * @param langHint       a language the channel knows (Telegram's language_code, a /lang choice, --lang);
 *                       it breaks ties but does not override clear text
 * @param today          the date to take as today instead of the clock's (--today, JSON "today")
 * @param standalone     true for a question asked on its own (the HTTP API without a conversation id):
 *                       answered without reading or keeping any conversation state, and nothing is
 *                       remembered for it
 */
public record IncomingMessage(
        String conversationId, String userId, String text, Optional<Lang> langHint, Optional<LocalDate> today,
        boolean standalone) {

    public IncomingMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(langHint, "langHint");
        Objects.requireNonNull(today, "today");
    }

    /** A message of a conversation, which keeps its state from message to message. */
    public IncomingMessage(String conversationId, String userId, String text, Optional<Lang> langHint, Optional<LocalDate> today) {
        this(conversationId, userId, text, langHint, today, false);
    }

    /**
     * A question asked on its own, outside any conversation; {@code channelId} names where it came from
     * (e.g. {@code http:once}) in logs.
     */
    public static IncomingMessage standalone(String channelId, String text, Optional<Lang> langHint, Optional<LocalDate> today) {
        return new IncomingMessage(channelId, channelId, text, langHint, today, true);
    }

    /** A message in a one-person conversation whose user id equals its conversation id. */
    public static IncomingMessage of(String conversationId, String text) {
        return new IncomingMessage(conversationId, conversationId, text, Optional.empty(), Optional.empty());
    }

    public IncomingMessage withLangHint(Optional<Lang> hint) {
        return new IncomingMessage(conversationId, userId, text, hint, today, standalone);
    }

    public IncomingMessage withToday(Optional<LocalDate> date) {
        return new IncomingMessage(conversationId, userId, text, langHint, date, standalone);
    }
}
