package org.faqbot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often each queued message failed with no Telegram error (a bug, a message the client library will not
 * build), so that the outbox tries one that keeps failing {@link #BEFORE_PLAIN} times as {@link #plain} text,
 * and then gives it up: put off with the doubling waits for the outbox's whole {@code maxAge}, it held up its
 * chat's later answers for a day. Kept in memory (a restart starts the counts again, which costs a few quick
 * tries) for the most recent {@link #TRACKED} messages. Thread-safe.
 */
final class UnexpectedFailures {

    /** Failures after which the message is tried once more as plain text: three, as a bug fails every time. */
    static final int BEFORE_PLAIN = 3;
    /** Messages counted at most; beyond that the longest-counted is forgotten, so that counts of gone ones cannot pile up. */
    static final int TRACKED = 1000;

    private final Map<Long, Integer> counts = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
            return size() > TRACKED;
        }
    };

    /** Counts one more failure of the queued message {@code id}; returns its failures so far. */
    synchronized int add(long id) {
        return counts.merge(id, 1, Integer::sum);
    }

    /** Whether the message failed often enough to be tried as plain text. */
    synchronized boolean exhausted(long id) {
        return counts.getOrDefault(id, 0) >= BEFORE_PLAIN;
    }

    /** Forgets a message that left the queue. */
    synchronized void forget(long id) {
        counts.remove(id);
    }

    /**
     * The message's words without markup and buttons (a link's address after its text): what the user still
     * gets of an answer the client library will not build.
     */
    static OutgoingMessage plain(OutgoingMessage message) {
        return OutgoingMessage.text(TelegramHtml.escape(TelegramHtml.toPlainText(message.html())));
    }
}
