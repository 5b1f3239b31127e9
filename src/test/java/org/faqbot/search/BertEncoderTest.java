package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

class BertEncoderTest {

    @Test
    void theModelsWeightsAreAllocatedOutsideTheArena() throws OrtException {
        try (OrtSession.SessionOptions options = BertEncoder.sessionOptions(1)) {
            assertEquals("1", options.getConfigEntries().get("session.use_device_allocator_for_initializers"));
        }
    }
}
