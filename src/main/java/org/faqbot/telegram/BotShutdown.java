package org.faqbot.telegram;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a {@link TelegramBot}: first the intake, so that no update comes in, then the updates in flight within
 * a grace, then the outbox; last it releases the threads and connections. Apart from the bot because the
 * order is the point (see {@link #interruptWorkers}) and reads best in one place. Thread-safe: the first
 * stop does the work, a later one waits for it.
 */
final class BotShutdown {

    /** Logged under the bot's name: operators look for its start and stop lines together. */
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    /** Stops taking updates (the long poller or the bot's own webhook server); known only once started. */
    @FunctionalInterface
    interface IntakeStop {
        void stop() throws InterruptedException;
    }

    private final UpdateIntake intake;
    private final ExecutorService workers;
    private final ScheduledExecutorService outboxThread;
    private final ScheduledExecutorService timer;
    private final OutboxSender outbox;
    private final TelegramApi sendApi;
    private final TelegramApi pollApi;
    private final IntakeStop intakeStop;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    BotShutdown(UpdateIntake intake, ExecutorService workers, ScheduledExecutorService outboxThread,
                ScheduledExecutorService timer, OutboxSender outbox, TelegramApi sendApi, TelegramApi pollApi,
                IntakeStop intakeStop) {
        this.intake = intake;
        this.workers = workers;
        this.outboxThread = outboxThread;
        this.timer = timer;
        this.outbox = outbox;
        this.sendApi = sendApi;
        this.pollApi = pollApi;
        this.intakeStop = intakeStop;
    }

    /** See {@link TelegramBot#stop()}: finishes the updates in flight within {@code grace}. */
    void stop(Duration grace) {
        if (!stopping.compareAndSet(false, true)) {
            awaitStoppedQuietly();
            return;
        }
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            intakeStop.stop();
            intake.awaitIdle(remaining(deadline));
            workers.shutdown();
            if (!workers.awaitTermination(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("stop grace of {} s over: interrupting the updates still being answered", grace.toSeconds());
                interruptWorkers();
                workers.awaitTermination(1, TimeUnit.SECONDS);
            }
            stopOutbox(remaining(deadline));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interruptWorkers();
        } finally {
            release();
        }
        LOG.info("Telegram bot stopped");
    }

    /** Stops at once, interrupting work in flight; its updates stay unanswered in the journal. */
    void abort() {
        stopping.set(true);
        try {
            intakeStop.stop();
            outbox.stop();
            interruptWorkers();
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release();
        }
    }

    /** Blocks until the bot has stopped. */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /**
     * Interrupts the workers, then cancels their Bot API calls (a blocking socket read does not notice an
     * interrupt). In this order a worker sees its interrupt when the cancelled call fails, and leaves its
     * update unanswered in the journal instead of apologising for it.
     */
    private void interruptWorkers() {
        workers.shutdownNow();
        sendApi.cancelAll();
    }

    /**
     * Lets the outbox finish the message it is sending, within {@code grace}: cut off, that message would
     * be sent again after the restart, though Telegram may have taken it.
     */
    private void stopOutbox(Duration grace) throws InterruptedException {
        outbox.stop();
        outboxThread.shutdown();
        outboxThread.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void release() {
        outbox.stop();
        outboxThread.shutdownNow();
        timer.shutdownNow();
        sendApi.close();
        pollApi.close();
        stopped.countDown();
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private void awaitStoppedQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
