package org.faqbot.http;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may send {@code perMinute} requests in a burst, and gets one
 * more every {@code 60 / perMinute} seconds. Thread-safe. Buckets that are full again are dropped when
 * the map grows past {@link #PRUNE_AT}, so a flood of addresses cannot fill the memory.
 */
final class RateLimiter {

    static final int PRUNE_AT = 10_000;
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code perMinute} 0 lets everything through. */
    RateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute must be 0 or more, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** Takes one request of {@code client}; empty when allowed, else the whole seconds until the next one is. */
    OptionalLong acquire(String client) {
        if (perMinute == 0) {
            return OptionalLong.empty();
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > PRUNE_AT) {
            buckets.values().removeIf(b -> b.fullAt(now, perMinute));
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(now, perMinute));
        long waitNanos = bucket.take(now, perMinute);
        return waitNanos == 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
    }

    /** Tokens counted in nanos of refill time, so no fractions are needed: one token is {@code MINUTE_NANOS / perMinute}. */
    private static final class Bucket {
        private long updated;
        private double tokens;

        Bucket(long now, int capacity) {
            this.updated = now;
            this.tokens = capacity;
        }

        /** 0 when a token was taken, else the nanos until one is there. */
        synchronized long take(long now, int capacity) {
            refill(now, capacity);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MINUTE_NANOS / capacity);
        }

        synchronized boolean fullAt(long now, int capacity) {
            refill(now, capacity);
            return tokens >= capacity;
        }

        private void refill(long now, int capacity) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) * capacity / MINUTE_NANOS);
            updated = now;
        }
    }
}
