package org.faqbot.telegram.fake;

/**
 * A chat the bot is in.
 *
 * @param type "private", "group", "supergroup" or "channel"
 */
public record FakeChat(long id, String type, String title) {

    /** The private chat with {@code user}: its id is the user's id, as on Telegram. */
    public static FakeChat privateWith(FakeUser user) {
        return new FakeChat(user.id(), "private", "");
    }

    /** A supergroup; Telegram's group ids are negative. */
    public static FakeChat group(long id, String title) {
        return new FakeChat(-Math.abs(id), "supergroup", title);
    }

    public boolean isPrivate() {
        return type.equals("private");
    }
}
