package org.faqbot.telegram;

import java.time.Clock;
import java.time.Duration;
import org.faqbot.store.OutboxStore;
import org.faqbot.store.QueuedMessage;
import org.faqbot.store.StoreException;
import org.faqbot.store.StoreFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the outbox does with a queued message that failed with no Telegram error (a bug, a message the client
 * library will not build): puts it off as a 5xx is, with the send retries' doubling waits, and after
 * {@link #BEFORE_PLAIN} such failures has it tried once as {@link #plain} text, then gives it up: put off for the
 * outbox's whole {@code maxAge}, it held up its chat's later answers for a day. The failures are counted with the
 * queued message in the store ({@link QueuedMessage#unexpectedFailures}): counted in memory, a restart started them
 * again, so a message that always fails was tried for ever by a bot restarted often enough, and each instance
 * sharing the database counted on its own. They are logged by class and place, never by message. Thread-safe.
 */
final class UnexpectedFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);

    /** Failures after which the message is tried once more as plain text: three, as a bug fails every time. */
    static final int BEFORE_PLAIN = 3;

    private final OutboxStore store;
    private final RetryPolicy retry;
    private final Clock clock;

    UnexpectedFailures(OutboxStore store, RetryPolicy retry, Clock clock) {
        this.store = store;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Puts off the claimed message that failed with {@code e}, or drops it when it failed as {@code plain} text
     * too; returns whether it left the queue.
     */
    boolean failed(QueuedMessage queued, RuntimeException e, boolean plain) {
        return plain ? giveUp(queued, e) : putOff(queued, e);
    }

    private boolean putOff(QueuedMessage queued, RuntimeException e) {
        int failures = queued.unexpectedFailures() + 1;
        int attempts = queued.attempts() + 1;
        Duration wait = retry.delayBefore(attempts);
        LOG.warn("queued message {} for chat {}: try {} failed unexpectedly ({}); next in {} ms{}", queued.id(),
                queued.chatId(), attempts, describe(e), wait.toMillis(),
                failures >= BEFORE_PLAIN ? ", as plain text without buttons" : "");
        store.retryAfterUnexpectedFailure(queued.id(), attempts, clock.instant().plus(wait));
        return false;
    }

    private boolean giveUp(QueuedMessage queued, RuntimeException e) {
        store.remove(queued.id());
        LOG.warn("queued {} message {} for chat {} dropped: it failed unexpectedly {} times, and as plain text too ({})",
                queued.reminder().isPresent() ? "reminder" : "answer", queued.id(), queued.chatId(), BEFORE_PLAIN,
                describe(e));
        return true;
    }

    /**
     * The failure's class and where it was thrown, and of a store's failure its operation and SQL state: never
     * its message, which may quote the message's text or buttons, or the database's statement and values.
     */
    static String describe(RuntimeException e) {
        if (e instanceof StoreException) {
            return StoreFailures.describe(e);
        }
        StackTraceElement[] trace = e.getStackTrace();
        return e.getClass().getName() + " at " + (trace.length == 0 ? "an unknown place" : trace[0].toString());
    }

    /** Whether the message failed unexpectedly often enough to be tried as plain text. */
    static boolean exhausted(QueuedMessage queued) {
        return queued.unexpectedFailures() >= BEFORE_PLAIN;
    }

    /**
     * The message's words without markup and buttons (a link's address after its text): what the user still
     * gets of an answer the client library will not build.
     */
    static OutgoingMessage plain(OutgoingMessage message) {
        return OutgoingMessage.text(TelegramHtml.escape(TelegramHtml.toPlainText(message.html())));
    }
}
