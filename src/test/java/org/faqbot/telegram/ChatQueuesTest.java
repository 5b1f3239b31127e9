package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ChatQueues queues = new ChatQueues(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void tasksOfOneChatRunInOrderOneAtATime() throws InterruptedException {
        List<Integer> order = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(200);

        for (int i = 0; i < 200; i++) {
            int n = i;
            queues.submit("tg:1", () -> {
                order.add(n); // unsynchronised on purpose: one at a time means no race
                done.countDown();
            });
        }

        assertTrue(done.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 200; i++) {
            assertEquals(i, order.get(i));
        }
    }

    @Test
    void aBlockedChatDoesNotHoldUpOtherChats() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);

        queues.submit("tg:1", () -> awaitQuietly(release));
        queues.submit("tg:2", otherDone::countDown);

        assertTrue(otherDone.await(5, TimeUnit.SECONDS));
        release.countDown();
    }

    @Test
    void idleChatsAreForgotten() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);

        queues.submit("tg:1", done::countDown);
        done.await(5, TimeUnit.SECONDS);
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);

        assertEquals(0, queues.activeKeys());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
