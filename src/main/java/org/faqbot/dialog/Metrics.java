package org.faqbot.dialog;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters and a latency histogram for operations: messages, replies by type, fallbacks, Telegram API
 * errors by code, reminders sent. Every channel adds to one instance; the HTTP adapter prints it in
 * Prometheus' text format. Thread-safe and lock-free on the message path.
 */
public final class Metrics {

    /** Upper bounds of the latency buckets, in seconds (Prometheus' {@code le}). */
    public static final double[] LATENCY_BUCKETS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1};

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final AtomicLongArray buckets = new AtomicLongArray(LATENCY_BUCKETS.length);
    private final LongAdder latencyCount = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();

    /** Adds one to the counter {@code name} with {@code labels} in Prometheus form, e.g. {@code type="faq"}. */
    public void increment(String name, String labels) {
        counters.computeIfAbsent(key(name, labels), k -> new LongAdder()).increment();
    }

    public void increment(String name) {
        increment(name, "");
    }

    /** Adds {@code amount} to the counter {@code name} with {@code labels}. */
    public void add(String name, String labels, long amount) {
        counters.computeIfAbsent(key(name, labels), k -> new LongAdder()).add(amount);
    }

    /** Records how long handling one message took. */
    public void observeLatency(long nanos) {
        double seconds = nanos / 1e9;
        for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
            if (seconds <= LATENCY_BUCKETS[i]) {
                buckets.incrementAndGet(i);
                break;
            }
        }
        latencyCount.increment();
        latencyNanos.add(nanos);
    }

    /** Counter values by {@code name{labels}}, sorted. */
    public Map<String, Long> counters() {
        Map<String, Long> values = new TreeMap<>();
        counters.forEach((k, v) -> values.put(k, v.sum()));
        return values;
    }

    /** Non-cumulative counts per bucket; the last extra slot is the overflow above the largest bound. */
    public long[] latencyBuckets() {
        long[] values = new long[LATENCY_BUCKETS.length + 1];
        long inBuckets = 0;
        for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
            values[i] = buckets.get(i);
            inBuckets += values[i];
        }
        values[LATENCY_BUCKETS.length] = latencyCount.sum() - inBuckets;
        return values;
    }

    public long latencyCount() {
        return latencyCount.sum();
    }

    public double latencySumSeconds() {
        return latencyNanos.sum() / 1e9;
    }

    private static String key(String name, String labels) {
        return labels.isEmpty() ? name : name + "{" + labels + "}";
    }
}
