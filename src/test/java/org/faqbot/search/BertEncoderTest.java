package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import org.junit.jupiter.api.Test;

class BertEncoderTest {

    @Test
    void theModelsWeightsAreAllocatedOutsideTheArena() throws OrtException {
        try (OrtSession.SessionOptions options = BertEncoder.sessionOptions(1)) {
            assertEquals("1", options.getConfigEntries().get("session.use_device_allocator_for_initializers"));
        }
    }

    @Test
    void onlyASessionOfSeveralThreadsStopsThemSpinning() throws OrtException {
        try (OrtSession.SessionOptions one = BertEncoder.sessionOptions(1); OrtSession.SessionOptions two = BertEncoder.sessionOptions(2)) {
            assertFalse(one.getConfigEntries().containsKey(BertEncoder.SPINNING));
            assertEquals("0", two.getConfigEntries().get(BertEncoder.SPINNING));
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
    void aQuestionEncodedAloneOnEveryCoreHasTheVectorOfOneThread() {
        try (BertEncoder encoder = BertEncoder.load(1)) {
            String question = "until when can we use the keys we redeemed last spring?";
            float[] narrow = encoder.query(question);

            encoder.widen(2);
            float[] lone = encoder.query(question);

            assertTrue(encoder.hasLoneSession());
            assertEquals(1.0, dot(narrow, lone), 1e-5);
        }
    }

    @Test
    void aQuestionAndItsGlossEncodedSideBySideGetTheirOwnVectors() {
        try (BertEncoder encoder = BertEncoder.load(1)) {
            encoder.widen(2);
            String dutch = "tot wanneer kunnen we de sleutels gebruiken?";
            String gloss = "until when can we use the keys?";

            List<float[]> both = encoder.queries(List.of(dutch, gloss));

            assertEquals(2, both.size());
            assertEquals(1.0, dot(encoder.query(dutch), both.get(0)), 1e-5);
            assertEquals(1.0, dot(encoder.query(gloss), both.get(1)), 1e-5);
            assertTrue(dot(both.get(0), both.get(1)) < 0.999);
        }
    }

    @Test
    void noSecondSessionWhenALoneQuestionWouldGetNoMoreThreads() {
        try (BertEncoder encoder = BertEncoder.load(2)) {
            encoder.widen(2);

            assertFalse(encoder.hasLoneSession());
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
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
