package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(0);
    private final RateLimiter limiter = new RateLimiter(6, now::get);

    @Test
    void aBurstUpToTheLimitPasses() {
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.acquire("a").isEmpty(), "request " + (i + 1));
        }
    }

    @Test
    void overTheLimitSaysHowManySecondsToWait() {
        for (int i = 0; i < 6; i++) {
            limiter.acquire("a");
        }

        assertEquals(OptionalLong.of(10), limiter.acquire("a"));
    }

    @Test
    void oneRequestComesBackPerSixtiethOfTheLimit() {
        for (int i = 0; i < 6; i++) {
            limiter.acquire("a");
        }

        now.addAndGet(10 * SECOND);

        assertTrue(limiter.acquire("a").isEmpty());
        assertEquals(OptionalLong.of(10), limiter.acquire("a"));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 6; i++) {
            limiter.acquire("a");
        }

        assertTrue(limiter.acquire("b").isEmpty());
    }

    @Test
    void zeroMeansNoLimit() {
        RateLimiter open = new RateLimiter(0, now::get);

        for (int i = 0; i < 1000; i++) {
            assertTrue(open.acquire("a").isEmpty());
        }
    }
}
