package org.faqbot.telegram.fake;

/**
 * A Telegram user who talks to the bot.
 *
 * @param languageCode Telegram's IETF language tag for the user's app, e.g. "nl" or "en"; may be empty
 */
public record FakeUser(long id, String firstName, String languageCode) {

    public static FakeUser dutch(long id) {
        return new FakeUser(id, "Sanne", "nl");
    }

    public static FakeUser english(long id) {
        return new FakeUser(id, "Alex", "en");
    }
}
