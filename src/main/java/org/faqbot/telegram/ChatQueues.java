package org.faqbot.telegram;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on a shared pool, one at a time per key and in submission order per key: messages of one
 * chat are answered in order while different chats proceed in parallel. A key with work takes one
 * pool slot at a time and goes to the back of the pool's queue after each task, so a busy chat
 * cannot starve the others. Thread-safe.
 */
final class ChatQueues {

    private final ExecutorService pool;
    private final ConcurrentHashMap<String, Queue<Runnable>> waiting = new ConcurrentHashMap<>();

    ChatQueues(ExecutorService pool) {
        this.pool = pool;
    }

    /**
     * Queues {@code task} behind the key's earlier tasks. A task's exceptions are its own business:
     * the caller wraps tasks so that they do not throw.
     *
     * @throws RejectedExecutionException when the pool is shut down
     */
    void submit(String key, Runnable task) {
        boolean[] start = {false};
        waiting.compute(key, (k, queue) -> {
            if (queue == null) {
                queue = new ArrayDeque<>();
                start[0] = true;
            }
            queue.add(task);
            return queue;
        });
        if (start[0]) {
            pool.execute(() -> runNext(key));
        }
    }

    /** The number of keys with queued or running work. */
    int activeKeys() {
        return waiting.size();
    }

    private void runNext(String key) {
        Runnable task = waiting.get(key).peek();
        try {
            task.run();
        } finally {
            boolean[] more = {false};
            waiting.computeIfPresent(key, (k, queue) -> {
                queue.remove();
                more[0] = !queue.isEmpty();
                return more[0] ? queue : null;
            });
            if (more[0]) {
                resubmit(key);
            }
        }
    }

    private void resubmit(String key) {
        try {
            pool.execute(() -> runNext(key));
        } catch (RejectedExecutionException stopping) {
            // The pool is shutting down: the key's remaining tasks stay unrun (their updates stay
            // unanswered in the journal and are handled after a restart).
            waiting.remove(key);
        }
    }
}
