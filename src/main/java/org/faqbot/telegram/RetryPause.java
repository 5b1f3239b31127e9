package org.faqbot.telegram;

import java.time.Duration;

/** How a caller waits before a retry of a Bot API call: {@link #sleep} by default. */
@FunctionalInterface
interface RetryPause {

    /**
     * Waits {@code wait} after {@code failure}.
     *
     * @throws TelegramCallException {@code failure}, with the interrupt flag set, when interrupted meanwhile
     */
    void waitOut(TelegramCallException failure, Duration wait);

    /** Sleeps on the calling thread; an interrupt ends the wait and the retries with {@code failure}. */
    static void sleep(TelegramCallException failure, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
