package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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
    void threadSettingIsValidated() {
        assertEquals(1, EncoderLoader.threads(null));
        assertEquals(2, EncoderLoader.threads(" 2 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EncoderLoader.threads("many"));
        assertEquals("FAQBOT_ENCODER_THREADS must be a number from 1 to 64, got 'many'", e.getMessage());
    }
}
