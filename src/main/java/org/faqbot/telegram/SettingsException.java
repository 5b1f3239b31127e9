package org.faqbot.telegram;

/**
 * A Telegram setting is missing or invalid. The message starts with the setting's name and quotes the
 * offending value, except for secrets (the bot token, the webhook secret), which are never quoted.
 */
public final class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }
}
