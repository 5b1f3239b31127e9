package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EncoderLoaderTest {

    @Test
    void anErrorWhileLoadingEndsTheLoadEmptyInsteadOfHanging() throws Exception {
        List<TextEncoder> after = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> afterDone = new CompletableFuture<>();
        var loading = EncoderLoader.loadInBackground(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, after::add, afterDone);

        assertEquals(Optional.empty(), loading.get(5, TimeUnit.SECONDS));
        afterDone.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(), after);
    }

    @Test
    void aLoadedEncoderIsHandedOverThenGetsItsLaterWork() throws Exception {
        TextEncoder encoder = new BagOfWordsEncoder("m");
        List<TextEncoder> after = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> afterDone = new CompletableFuture<>();

        assertTrue(EncoderLoader.loadInBackground(() -> Optional.of(encoder), after::add, afterDone).get(5, TimeUnit.SECONDS).isPresent());
        afterDone.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(encoder), after);
    }

    @Test
    void laterWorkThatFailsLeavesTheEncoderInUse() throws Exception {
        TextEncoder encoder = new BagOfWordsEncoder("m");
        CompletableFuture<Void> afterDone = new CompletableFuture<>();

        var loading = EncoderLoader.loadInBackground(() -> Optional.of(encoder), e -> {
            throw new IllegalStateException("cannot start the model in ONNX Runtime");
        }, afterDone);

        afterDone.get(5, TimeUnit.SECONDS);
        assertEquals(Optional.of(encoder), loading.get(5, TimeUnit.SECONDS));
    }

    @Test
    void exitWaitsForALoadStillRunning() {
        var loading = EncoderLoader.loadInBackground(() -> {
            sleep(300);
            return Optional.of(new BagOfWordsEncoder("m"));
        }, e -> { }, new CompletableFuture<>());

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
        assertEquals(1, EncoderLoader.threads("FAQBOT_ENCODER_THREADS", null, 1));
        assertEquals(4, EncoderLoader.threads("FAQBOT_ENCODER_LONE_THREADS", " ", 4));
        assertEquals(2, EncoderLoader.threads("FAQBOT_ENCODER_THREADS", " 2 ", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EncoderLoader.threads("FAQBOT_ENCODER_LONE_THREADS", "many", 2));
        assertEquals("FAQBOT_ENCODER_LONE_THREADS must be a whole number from 1 to 64, was 'many'", e.getMessage());
    }
}
