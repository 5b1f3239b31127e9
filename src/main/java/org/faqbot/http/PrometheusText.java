package org.faqbot.http;

import java.util.Locale;
import java.util.Map;
import org.faqbot.dialog.Metrics;

/** {@link Metrics} in Prometheus' text exposition format (version 0.0.4). */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    static String render(Metrics metrics) {
        StringBuilder out = new StringBuilder();
        String lastName = "";
        for (Map.Entry<String, Long> counter : metrics.counters().entrySet()) {
            String name = counter.getKey().replaceFirst("\\{.*$", "");
            if (!name.equals(lastName)) {
                out.append("# TYPE ").append(name).append(" counter\n");
                lastName = name;
            }
            out.append(counter.getKey()).append(' ').append(counter.getValue()).append('\n');
        }
        histogram(out, metrics);
        return out.toString();
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
