package org.faqbot.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff for failed Bot API calls: the wait before retry {@code n} (1-based) is
 * {@code base * 2^(n-1)}, at most {@code cap}. Sends give up after {@code maxAttempts} tries; polling
 * never gives up and only uses the waits.
 *
 * @param base        the first wait
 * @param cap         the longest wait
 * @param maxAttempts tries per send, the first one included (at least 1)
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got base " + base + ", cap " + cap);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
    }

    /** 0.5 s doubling to 30 s, five tries per send. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 5);
    }

    /** The wait before retry {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1, got " + retry);
        }
        int doublings = Math.min(retry - 1, 30);
        long millis = base.toMillis() << doublings;
        return millis > cap.toMillis() || millis < 0 ? cap : Duration.ofMillis(millis);
    }
}
