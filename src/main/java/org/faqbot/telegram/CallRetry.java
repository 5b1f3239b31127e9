package org.faqbot.telegram;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a Bot API call while its failure is worth retrying, up to the policy's attempts: it waits a 429's
 * {@code retry_after}, else the policy's backoff. Thread-safe.
 */
final class CallRetry {

    /** Logged under the API's name, where the failed calls themselves are reported. */
    private static final Logger LOG = LoggerFactory.getLogger(TelegramApi.class);

    private final RetryPolicy policy;

    CallRetry(RetryPolicy policy) {
        this.policy = policy;
    }

    RetryPolicy policy() {
        return policy;
    }

    /**
     * The result of the first {@code attempt} that succeeds.
     *
     * @throws TelegramCallException the last failure: one not worth retrying, the last attempt's, or the one
     *                               whose wait was interrupted (with the interrupt flag set)
     */
    <T> T run(String name, Supplier<T> attempt, RetryPause pause) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (TelegramCallException e) {
                if (!e.retryable() || n >= policy.maxAttempts() || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                Duration wait = e.retryAfter().orElse(policy.delayBefore(n));
                LOG.info("{} attempt {} failed ({}); retrying in {} ms", name, n, e.getMessage(), wait.toMillis());
                pause.waitOut(e, wait);
            }
        }
    }
}
