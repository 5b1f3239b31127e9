package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BertEncoderTest {

    @Test
    void theModelsWeightsAreAllocatedOutsideTheArena() throws OrtException {
        try (OrtSession.SessionOptions options = BertEncoder.sessionOptions(1)) {
            assertEquals("1", options.getConfigEntries().get("session.use_device_allocator_for_initializers"));
        }
    }

    @Test
    void theModelIsReadOnceIntoADirectBufferOfItsExactSize() throws IOException {
        byte[] file;
        try (InputStream in = BertEncoder.class.getResourceAsStream(BertEncoder.SHIPPED.file())) {
            file = in.readAllBytes();
        }

        ByteBuffer buffer = BertEncoder.modelBuffer(BertEncoder.SHIPPED);

        assertTrue(buffer.isDirect());
        assertEquals(file.length, buffer.capacity());
        assertEquals(ByteBuffer.wrap(file), buffer);
    }

    @Test
    void theModelsBufferIsFreedOnceTheSessionIsMade() throws IOException, OrtException {
        ByteBuffer model = BertEncoder.modelBuffer(BertEncoder.SHIPPED);
        long held = DirectMemoryTest.directBytesInUse();

        try (OrtSession.SessionOptions options = BertEncoder.sessionOptions(1);
                OrtSession session = BertEncoder.createSession(OrtEnvironment.getEnvironment(), model, options)) {
            assertEquals(held - model.capacity(), DirectMemoryTest.directBytesInUse());
            assertTrue(session.getNumInputs() > 0);
        }
        Reference.reachabilityFence(model);
    }

    @Test
    void anEncoderStillEncodesWithItsModelBufferFreed() {
        try (BertEncoder encoder = BertEncoder.load(1)) {
            assertEquals(384, encoder.query("a product key").length);
        }
    }

    @Test
    void aStreamShorterOrLongerThanItsSizeIsNoModel() {
        byte[] bytes = "not quite a model".getBytes(StandardCharsets.UTF_8);

        assertThrows(IOException.class, () -> BertEncoder.read(new ByteArrayInputStream(bytes), bytes.length + 1));
        assertThrows(IOException.class, () -> BertEncoder.read(new ByteArrayInputStream(bytes), bytes.length - 1));
    }

    @Test
    void aStreamOfUnknownSizeIsReadWhole() throws IOException {
        byte[] bytes = "a model of unknown size".getBytes(StandardCharsets.UTF_8);

        ByteBuffer buffer = BertEncoder.read(new ByteArrayInputStream(bytes), -1);

        assertTrue(buffer.isDirect());
        assertEquals(ByteBuffer.wrap(bytes), buffer);
    }
}
