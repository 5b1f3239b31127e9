package org.faqbot.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.faqbot.dialog.Metrics;

/** {@link Metrics} in Prometheus' text exposition format (version 0.0.4). */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    static String render(Metrics metrics) {
        StringBuilder out = new StringBuilder();
        counters(metrics).forEach((name, samples) -> {
            out.append("# TYPE ").append(name).append(" counter\n");
            samples.forEach((key, value) -> out.append(key).append(' ').append(value).append('\n'));
        });
        histogram(out, metrics);
        return out.toString();
    }

    /**
     * The counters by family name. A family's samples must stay together under one TYPE line, and
     * sorting by {@code name{labels}} alone would put {@code a_total_x} between {@code a_total} and
     * {@code a_total{...}}.
     */
    private static Map<String, Map<String, Long>> counters(Metrics metrics) {
        Map<String, Map<String, Long>> families = new TreeMap<>();
        metrics.counters().forEach((key, value) ->
                families.computeIfAbsent(key.replaceFirst("\\{.*$", ""), name -> new TreeMap<>()).put(key, value));
        return families;
    }

    private static void histogram(StringBuilder out, Metrics metrics) {
        String name = "faqbot_reply_seconds";
        out.append("# HELP ").append(name).append(" Time the core took to answer one message.\n");
        out.append("# TYPE ").append(name).append(" histogram\n");
        long[] buckets = metrics.latencyBuckets();
        long cumulative = 0;
        for (int i = 0; i < Metrics.LATENCY_BUCKETS.length; i++) {
            cumulative += buckets[i];
            out.append(String.format(Locale.ROOT, "%s_bucket{le=\"%s\"} %d%n", name, Metrics.LATENCY_BUCKETS[i], cumulative));
        }
        out.append(String.format(Locale.ROOT, "%s_bucket{le=\"+Inf\"} %d%n", name, metrics.latencyCount()));
        out.append(String.format(Locale.ROOT, "%s_sum %s%n", name, metrics.latencySumSeconds()));
        out.append(String.format(Locale.ROOT, "%s_count %d%n", name, metrics.latencyCount()));
    }
}
