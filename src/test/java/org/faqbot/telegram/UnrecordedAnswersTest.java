package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.PrimitiveIterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnrecordedAnswersTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopTheOtherThread() {
        other.shutdownNow();
    }

    private static UnrecordedAnswers bound(int limit) {
        return new UnrecordedAnswers(limit, System::nanoTime);
    }

    /** Starts a third answer's send on the other thread and returns once it waits for a permit. */
    private Future<UnrecordedAnswers.Claim> sendOnTheOtherThread(UnrecordedAnswers answers) throws InterruptedException {
        Future<UnrecordedAnswers.Claim> sending = other.submit(() -> {
            UnrecordedAnswers.Claim claim = answers.claim();
            claim.beforeSend();
            return claim;
        });
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (answers.waiting() == 0 && !sending.isDone()) {
            assertTrue(System.nanoTime() < deadline, "the other thread asked for a permit within " + WAIT);
            Thread.onSpinWait();
        }
        return sending;
    }

    @Test
    void aClaimHoldsNoPermitBeforeItsFirstSend() {
        UnrecordedAnswers answers = bound(2);

        UnrecordedAnswers.Claim claim = answers.claim();

        assertFalse(claim.held());
        assertEquals(2, answers.available());
    }

    @Test
    void allPartsOfOneAnswerAndItsApologyShareOnePermit() throws InterruptedException {
        UnrecordedAnswers answers = bound(2);
        UnrecordedAnswers.Claim claim = answers.claim();

        claim.beforeSend();
        claim.beforeSend();
        claim.beforeSend();

        assertEquals(1, answers.available());
    }

    @Test
    void anAnswerBeyondTheBoundWaitsUntilAnEarlierOneIsRecorded() throws Exception {
        UnrecordedAnswers answers = bound(2);
        UnrecordedAnswers.Claim first = answers.claim();
        UnrecordedAnswers.Claim second = answers.claim();
        first.beforeSend();
        second.beforeSend();

        Future<UnrecordedAnswers.Claim> third = sendOnTheOtherThread(answers);
        boolean sentBeforeARecord = third.isDone();
        first.close();

        assertFalse(sentBeforeARecord, "the third answer went out while two were unrecorded");
        assertTrue(third.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).held());
        assertEquals(0, answers.available());
    }

    @Test
    void closingAClaimTwiceGivesBackOnePermit() throws InterruptedException {
        UnrecordedAnswers answers = bound(2);
        UnrecordedAnswers.Claim first = answers.claim();
        UnrecordedAnswers.Claim second = answers.claim();
        first.beforeSend();
        second.beforeSend();

        first.close();
        first.close();

        assertEquals(1, answers.available());
    }

    @Test
    void closingAClaimThatNeverSentGivesBackNothing() throws InterruptedException {
        UnrecordedAnswers answers = bound(1);
        UnrecordedAnswers.Claim sending = answers.claim();
        sending.beforeSend();

        answers.claim().close();

        assertEquals(0, answers.available());
    }

    @Test
    void anAnswerInterruptedWhileWaitingHoldsNothing() throws Exception {
        UnrecordedAnswers answers = bound(1);
        UnrecordedAnswers.Claim first = answers.claim();
        first.beforeSend();
        Future<UnrecordedAnswers.Claim> second = sendOnTheOtherThread(answers);

        other.shutdownNow();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> second.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        first.close();

        assertInstanceOf(InterruptedException.class, failure.getCause());
        assertEquals(1, answers.available());
    }

    @Test
    void waitAndHoldAreTimedFromAskingToThePermitAndFromThePermitOn() throws InterruptedException {
        PrimitiveIterator.OfLong ticks = LongStream.of(1_000, 1_300, 1_800).iterator();
        UnrecordedAnswers answers = new UnrecordedAnswers(1, ticks::nextLong);
        UnrecordedAnswers.Claim claim = answers.claim();

        claim.beforeSend();

        assertEquals(300, claim.waitedNanos());
        assertEquals(500, claim.heldNanos());
    }

    @Test
    void noAnswerAtAllOnItsWayIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bound(0));

        assertEquals("at least one answer must be allowed on its way, not 0", e.getMessage());
    }

    @Test
    void theBoundHoldsAcrossManyThreads() throws Exception {
        UnrecordedAnswers answers = bound(2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger unrecorded = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try {
            CompletableFuture<?>[] all = new CompletableFuture<?>[2_000];
            for (int i = 0; i < all.length; i++) {
                all[i] = CompletableFuture.runAsync(() -> {
                    try (UnrecordedAnswers.Claim claim = answers.claim()) {
                        claim.beforeSend();
                        most.accumulateAndGet(unrecorded.incrementAndGet(), Math::max);
                        Thread.yield();
                        unrecorded.decrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, pool);
            }

            CompletableFuture.allOf(all).get(WAIT.toSeconds() * 4, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertTrue(most.get() <= 2, "at most 2 unrecorded at once, saw " + most.get());
        assertEquals(2, answers.available());
    }
}
