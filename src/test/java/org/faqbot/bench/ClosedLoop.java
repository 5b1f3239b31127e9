package org.faqbot.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** N closed-loop connections against one server, measured after a warm-up. */
final class ClosedLoop {

    record Result(int requests, int errors, double seconds, long[] sortedNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double millis(double quantile) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }
    }

    private final int port;
    private final int connections;
    private final List<String> bodies;
    private final AtomicBoolean measuring = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<long[]> latencies = new ArrayList<>();
    private final int[] counts;
    private final int[] errors;

    ClosedLoop(int port, int connections, List<String> bodies) {
        this.port = port;
        this.connections = connections;
        this.bodies = bodies;
        this.counts = new int[connections];
        this.errors = new int[connections];
    }

    Result run(Duration warmup, Duration measured) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long[] own = new long[2_000_000 / connections];
            latencies.add(own);
            int connection = i;
            Thread thread = new Thread(() -> loop(connection, own), "bench-client-" + i);
                thread.setDaemon(true);
                threads.add(thread);
        }
        threads.forEach(Thread::start);
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(measured.toMillis());
        measuring.set(false);
        long elapsed = System.nanoTime() - start;
        running.set(false);
        for (Thread thread : threads) {
            thread.join(15_000);
        }
        return result(elapsed);
    }

    private void loop(int connection, long[] own) {
        String conversation = ",\"conversation_id\":\"bench-" + connection + "\"}";
        try (KeepAliveConnection http = new KeepAliveConnection(port, "/api/ask")) {
            for (int n = connection; running.get(); n += connections) {
                String body = bodies.get(n % bodies.size());
                long sent = System.nanoTime();
                int status = http.post(body.substring(0, body.length() - 1) + conversation);
                long nanos = System.nanoTime() - sent;
                if (measuring.get()) {
                    record(connection, own, status, nanos);
                }
            }
        } catch (IOException e) {
            System.err.println("connection " + connection + " failed: " + e);
        }
    }

    private void record(int connection, long[] own, int status, long nanos) {
        if (status != 200) {
            errors[connection]++;
        }
        if (counts[connection] < own.length) {
            own[counts[connection]++] = nanos;
        }
    }

    private Result result(long elapsedNanos) {
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int i = 0; i < connections; i++) {
            System.arraycopy(latencies.get(i), 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Result(all.length, Arrays.stream(errors).sum(), elapsedNanos / 1e9, all);
    }
}
