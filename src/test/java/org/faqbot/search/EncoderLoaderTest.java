package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EncoderLoaderTest {

    @Test
    void anErrorWhileLoadingEndsTheLoadEmptyInsteadOfHanging() throws Exception {
        var loading = EncoderLoader.loadInBackground(() -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertEquals(Optional.empty(), loading.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aLoadedEncoderIsHandedOver() throws Exception {
        TextEncoder encoder = new BagOfWordsEncoder("m");

        assertTrue(EncoderLoader.loadInBackground(() -> Optional.of(encoder)).get(5, TimeUnit.SECONDS).isPresent());
    }

    @Test
    void exitWaitsForALoadStillRunning() {
        var loading = EncoderLoader.loadInBackground(() -> {
            sleep(300);
            return Optional.of(new BagOfWordsEncoder("m"));
        });

        assertTrue(EncoderLoader.awaitQuietly(loading, Duration.ofSeconds(10)));
        assertTrue(loading.isDone());
    }

    @Test
    void exitWaitIsBoundedForALoadThatHangs() {
        long start = System.nanoTime();

        assertFalse(EncoderLoader.awaitQuietly(new CompletableFuture<>(), Duration.ofMillis(50)));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void threadSettingIsValidated() {
        assertEquals(1, EncoderLoader.threads(null));
        assertEquals(2, EncoderLoader.threads(" 2 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EncoderLoader.threads("many"));
        assertEquals("FAQBOT_ENCODER_THREADS must be a number from 1 to 64, got 'many'", e.getMessage());
    }
}
