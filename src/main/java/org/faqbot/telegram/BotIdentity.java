package org.faqbot.telegram;

import java.util.Objects;

/**
 * Who the bot is, from getMe at start: groups address it as {@code @username}, and replies to its
 * own messages carry its id.
 *
 * @param id       the bot's user id
 * @param username the bot's username without '@'
 */
public record BotIdentity(long id, String username) {

    public BotIdentity {
        Objects.requireNonNull(username, "username");
    }
}
