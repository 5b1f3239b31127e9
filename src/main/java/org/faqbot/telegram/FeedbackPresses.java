package org.faqbot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers whose 👍 or 👎 was pressed, so that an answer is rated once, as on the chat page (which
 * disables both buttons after a press): Telegram keeps the buttons, and every further press went into the
 * report as one more vote. Only the newest {@code capacity} answers are remembered, and nothing survives a
 * restart; a press on an answer forgotten so is counted again. Thread-safe.
 */
final class FeedbackPresses {

    /** The payloads of the feedback buttons start so ({@link ReplyRenderer}). */
    static final String PREFIX = "/feedback ";

    private final Map<String, Boolean> pressed;

    FeedbackPresses(int capacity) {
        this.pressed = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether this is the first feedback press on the answer {@code messageId} in {@code chatId}. */
    synchronized boolean first(long chatId, int messageId) {
        return pressed.put(chatId + ":" + messageId, Boolean.TRUE) == null;
    }
}
