package org.faqbot.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FatalErrorsTest {

    private final List<String> exits = new CopyOnWriteArrayList<>();
    private final List<String> others = new CopyOnWriteArrayList<>();
    private final CountDownLatch exited = new CountDownLatch(1);

    private Thread.UncaughtExceptionHandler handler() {
        return FatalErrors.handler(status -> {
            exits.add(Thread.currentThread().getName() + " " + status);
            exited.countDown();
        }, (thread, error) -> others.add(thread.getName() + " " + error.getClass().getSimpleName()));
    }

    private void runAndDie(String name, RuntimeException orNull) throws InterruptedException {
        Thread thread = new Thread(() -> {
            if (orNull != null) {
                throw orNull;
            }
            throw new OutOfMemoryError("Java heap space");
        }, name);
        thread.setUncaughtExceptionHandler(handler());
        thread.start();
        thread.join();
    }

    @Test
    void aThreadEndedByOutOfMemoryEndsTheProcessWithStatusThree() throws InterruptedException {
        runAndDie("worker", null);

        assertEquals(List.of("worker 3"), exits);
        assertEquals(List.of(), others);
    }

    @Test
    void otherErrorsKeepTheDefaultHandling() throws InterruptedException {
        runAndDie("worker", new IllegalStateException("odd question"));

        assertEquals(List.of(), exits);
        assertEquals(List.of("worker IllegalStateException"), others);
    }

    @Test
    void aPeriodicJobsOutOfMemoryReachesTheHandlerInsteadOfItsFuture() throws InterruptedException {
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "job");
            thread.setUncaughtExceptionHandler(handler());
            return thread;
        });
        try {
            jobs.scheduleWithFixedDelay(FatalErrors.surfacing(() -> {
                throw new OutOfMemoryError("Java heap space");
            }), 0, 1, TimeUnit.HOURS);

            assertTrue(exited.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("job 3"), exits);
        } finally {
            jobs.shutdownNow();
        }
    }
}
