package org.faqbot.telegram.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The updates waiting for the bot, with Telegram's delivery rules. By getUpdates: an update stays
 * until a call asks for a higher offset; a call waits up to its timeout for updates; a newer call
 * ends an older waiting one with 409. By webhook (once set): updates are POSTed one at a time, in
 * order, with the secret header, and sent again until the bot answers 2xx; getUpdates then answers 409.
 * With {@link #balance} backends, the webhook URL stands for a load balancer: each delivery attempt
 * goes to the next backend in turn, with the webhook URL's secret.
 */
final class UpdateQueue implements AutoCloseable {

    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final ObjectMapper json;
    private final Consumer<Call> recorder;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final TreeMap<Integer, ObjectNode> pending = new TreeMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread deliverer;
    private int nextId = 700_000_001;
    private long pollGeneration;
    private List<String> allowed = List.of();
    private Optional<Webhook> webhook = Optional.empty();
    private List<URI> backends = List.of();
    private int nextBackend;
    private final Map<Integer, URI> deliveredTo = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean closed;

    private record Webhook(URI url, String secret) {
    }

    UpdateQueue(ObjectMapper json, Consumer<Call> recorder) {
        this.json = json;
        this.recorder = recorder;
        this.deliverer = new Thread(this::deliverLoop, "fake-bot-api-webhook");
        this.deliverer.setDaemon(true);
        this.deliverer.start();
    }

    /** Adds an update (its update_id is assigned here) and returns the id. */
    int add(ObjectNode update) {
        lock.lock();
        try {
            int id = nextId++;
            ObjectNode withId = json.createObjectNode().put("update_id", id);
            withId.setAll(update);
            pending.put(id, withId);
            changed.signalAll();
            return id;
        } finally {
            lock.unlock();
        }
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    /** getUpdates: confirms everything below {@code offset}, then returns what is left, waiting if none. */
    List<ObjectNode> poll(Long offset, int limit, int timeoutSeconds, List<String> allowedUpdates)
            throws InterruptedException {
        lock.lock();
        try {
            if (webhook.isPresent()) {
                throw ApiError.conflict("can't use getUpdates method while webhook is active; use deleteWebhook"
                        + " to delete the webhook first").toException();
            }
            long generation = ++pollGeneration;
            changed.signalAll();
            if (!allowedUpdates.isEmpty()) {
                allowed = List.copyOf(allowedUpdates);
            }
            confirm(offset);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                if (generation != pollGeneration) {
                    throw ApiError.conflict("terminated by other getUpdates request; make sure that only one bot"
                            + " instance is running").toException();
                }
                List<ObjectNode> ready = ready(limit);
                long left = deadline - System.nanoTime();
                if (!ready.isEmpty() || left <= 0 || closed) {
                    return ready;
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    private void confirm(Long offset) {
        if (offset == null) {
            return;
        }
        if (offset < 0) {
            while (pending.size() > -offset) {
                pending.pollFirstEntry();
            }
            return;
        }
        pending.headMap((int) Math.min(offset, Integer.MAX_VALUE), false).clear();
    }

    private List<ObjectNode> ready(int limit) {
        List<ObjectNode> ready = new ArrayList<>();
        for (Iterator<Map.Entry<Integer, ObjectNode>> it = pending.entrySet().iterator(); it.hasNext() && ready.size() < limit; ) {
            ObjectNode update = it.next().getValue();
            if (allowed.isEmpty() || allowed.contains(kind(update))) {
                ready.add(update);
            } else {
                it.remove();
            }
        }
        return ready;
    }

    private static String kind(ObjectNode update) {
        for (Iterator<String> names = update.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "";
    }

    void setWebhook(URI url, String secret, List<String> allowedUpdates) {
        lock.lock();
        try {
            webhook = Optional.of(new Webhook(url, secret));
            if (!allowedUpdates.isEmpty()) {
                allowed = List.copyOf(allowedUpdates);
            }
            pollGeneration++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return whether a webhook was set */
    boolean deleteWebhook(boolean dropPending) {
        lock.lock();
        try {
            boolean was = webhook.isPresent();
            webhook = Optional.empty();
            if (dropPending) {
                pending.clear();
            }
            changed.signalAll();
            return was;
        } finally {
            lock.unlock();
        }
    }

    /** Delivers webhook updates round robin to {@code urls}, starting with the first; empty: to the webhook URL. */
    void balance(List<URI> urls) {
        lock.lock();
        try {
            backends = List.copyOf(urls);
            nextBackend = 0;
        } finally {
            lock.unlock();
        }
    }

    /** The URL that took update {@code updateId} (answered 2xx), if one did. */
    Optional<URI> deliveredTo(int updateId) {
        return Optional.ofNullable(deliveredTo.get(updateId));
    }

    Optional<URI> webhookUrl() {
        lock.lock();
        try {
            return webhook.map(Webhook::url);
        } finally {
            lock.unlock();
        }
    }

    private void deliverLoop() {
        int failures = 0;
        while (true) {
            Map.Entry<Integer, ObjectNode> next;
            Webhook target;
            lock.lock();
            try {
                while (!closed && (webhook.isEmpty() || firstAllowed() == null)) {
                    changed.await();
                }
                if (closed) {
                    return;
                }
                next = firstAllowed();
                target = nextTarget();
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            long at = System.nanoTime();
            int status = deliver(target, next.getValue());
            boolean delivered = status >= 200 && status < 300;
            failures = delivered ? 0 : failures + 1;
            Call call = new Call("webhook", next.getValue(), status, "", at);
            lock.lock();
            try {
                if (delivered) {
                    pending.remove(next.getKey());
                    deliveredTo.put(next.getKey(), target.url());
                }
            } finally {
                lock.unlock();
            }
            // Recorded after the bookkeeping above, so a test that waits for this call also sees deliveredTo.
            recorder.accept(call);
            if (!delivered && !backOff(failures)) {
                return;
            }
        }
    }

    /** Waits before the next attempt after a failed delivery; false when interrupted. */
    private boolean backOff(int failures) {
        lock.lock();
        try {
            changed.await(Math.min(1000, 50L << Math.min(failures, 5)), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** The webhook, or under {@link #balance} the next backend with the webhook's secret. Call under the lock. */
    private Webhook nextTarget() {
        Webhook hook = webhook.orElseThrow();
        if (backends.isEmpty()) {
            return hook;
        }
        URI backend = backends.get(nextBackend);
        nextBackend = (nextBackend + 1) % backends.size();
        return new Webhook(backend, hook.secret());
    }

    private Map.Entry<Integer, ObjectNode> firstAllowed() {
        ready(1);
        return pending.firstEntry();
    }

    /** Posts the update; the HTTP status, or 0 when the backend could not be reached. */
    private int deliver(Webhook target, ObjectNode update) {
        int status;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target.url())
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(update)));
            if (!target.secret().isEmpty()) {
                request.header(SECRET_HEADER, target.secret());
            }
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            status = 0;
        }
        return status;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        deliverer.interrupt();
    }
}
