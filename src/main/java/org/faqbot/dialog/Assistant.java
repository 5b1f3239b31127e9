package org.faqbot.dialog;

/**
 * The conversation core: one message in, one reply out. Every channel (console, JSON command line,
 * Telegram, HTTP) calls this same interface, so they give the same answers. Implementations are
 * thread-safe; messages of one conversation must be passed in order.
 */
public interface Assistant {

    /** The reply to {@code message}; never null and never throws for any user input. */
    Reply reply(IncomingMessage message);
}
