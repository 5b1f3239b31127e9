package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * The conversation core: one message in, one reply out. Every channel (console, JSON command line,
 * Telegram, HTTP) calls this same interface, so they give the same answers. Implementations are
 * thread-safe; messages of one conversation must be passed in order.
 */
public interface Assistant {

    /** The reply to {@code message}; never null and never throws for any user input. */
    Reply reply(IncomingMessage message);

    /**
     * The entries that best match {@code query}, each as an FAQ reply, best first and at most {@code max};
     * for previews such as Telegram's inline mode. Keeps no conversation state.
     */
    List<Reply> lookup(String query, Optional<Lang> langHint, int max);

    /**
     * What the loaded knowledge base lets the bot answer, for a channel's own texts around the conversation. An
     * assistant that wraps another passes this on; one without a knowledge base of its own (a test's stand-in core)
     * keeps the default, the Benefits FAQ's texts.
     */
    default Coverage coverage() {
        return Coverage.BENEFITS;
    }
}
