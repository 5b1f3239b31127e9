package org.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidecar vector file: an exact round trip, the same bytes for the same vectors, and errors that say where. */
class VectorFileTest {

    private static final String MODEL = "test-model 2.1";
    private static final String HEADER_OF_AB_1 = "{\"model\":\"test-model 2.1\",\"dimensions\":3,"
            + "\"fields\":[\"q_en\",\"qa_en\",\"q_nl\",\"qa_nl\"],\"ids\":[\"page#a\",\"page#b\"],\"hashes\":[\"hash-a\",\"hash-b\"]";
    private static final String HEADER_OF_AB = HEADER_OF_AB_1 + ",\"chunkHashes\":[\"\",\"\"],\"chunkCounts\":[0,0]}";

    @TempDir
    Path dir;

    private static EntryVectors twoEntries() {
        Map<String, EntryVectors.Item> items = new LinkedHashMap<>();
        items.put("page#b", TestEntries.item("hash-b", 3, 2));
        items.put("page#a", TestEntries.item("hash-a", 3, 1));
        return new EntryVectors(MODEL, 3, items);
    }

    private static byte[] bytes(EntryVectors vectors) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorFile.write(vectors, out);
        return out.toByteArray();
    }

    private static EntryVectors read(byte[] bytes) throws IOException {
        return VectorFile.read(new ByteArrayInputStream(bytes), "kb.vectors");
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void roundTripKeepsEveryFloatBitForBit() throws IOException {
        Random random = new Random(7);
        float[][] vectors = new float[EntryVectors.FIELDS.size()][6];
        for (float[] vector : vectors) {
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian();
            }
        }
        vectors[0] = new float[] {-0.0f, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-40f, 0.1f};
        EntryVectors written = new EntryVectors(MODEL, 6, Map.of("page#ü", new EntryVectors.Item("h1", vectors)));
        Path file = dir.resolve("kb.vectors");

        VectorFile.write(written, file);
        EntryVectors read = VectorFile.read(file);

        assertEquals(MODEL, read.model());
        assertEquals(6, read.dimensions());
        assertEquals("h1", read.get("page#ü").orElseThrow().hash());
        float[][] readVectors = read.get("page#ü").orElseThrow().vectors();
        for (int f = 0; f < vectors.length; f++) {
            assertArrayEquals(rawBits(vectors[f]), rawBits(readVectors[f]), "field " + EntryVectors.FIELDS.get(f));
        }
    }

    private static int[] rawBits(float[] vector) {
        int[] bits = new int[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bits[i] = Float.floatToRawIntBits(vector[i]);
        }
        return bits;
    }

    @Test
    void roundTripKeepsEveryEntryWithItsHash() throws IOException {
        EntryVectors read = read(bytes(twoEntries()));

        assertEquals(2, read.size());
        assertEquals("hash-a", read.get("page#a").orElseThrow().hash());
        assertEquals("hash-b", read.get("page#b").orElseThrow().hash());
        assertArrayEquals(twoEntries().get("page#b").orElseThrow().vectors(), read.get("page#b").orElseThrow().vectors());
    }

    @Test
    void sameVectorsGiveSameBytesWhateverTheOrderTheyWereAddedIn() throws IOException {
        Map<String, EntryVectors.Item> reversed = new LinkedHashMap<>();
        reversed.put("page#a", TestEntries.item("hash-a", 3, 1));
        reversed.put("page#b", TestEntries.item("hash-b", 3, 2));

        byte[] first = bytes(twoEntries());
        byte[] second = bytes(new EntryVectors(MODEL, 3, reversed));

        assertArrayEquals(first, second);
    }

    @Test
    void fileIsMagicLineHeaderLineThenLittleEndianFloatsInIdOrder() throws IOException {
        byte[] bytes = bytes(twoEntries());

        String head = VectorFile.MAGIC + "\n" + HEADER_OF_AB + "\n";
        byte[] expectedHead = text(head);
        assertArrayEquals(expectedHead, Arrays.copyOf(bytes, expectedHead.length));
        assertEquals(expectedHead.length + 2 * 4 * 3 * Float.BYTES, bytes.length);
        int firstFloat = (bytes[expectedHead.length] & 0xff) | (bytes[expectedHead.length + 1] & 0xff) << 8
                | (bytes[expectedHead.length + 2] & 0xff) << 16 | (bytes[expectedHead.length + 3] & 0xff) << 24;
        assertEquals(1f, Float.intBitsToFloat(firstFloat), "entry a's first float comes first");
    }

    @Test
    void wrongMagicLineIsRefusedNamingFileAndLine() {
        byte[] bytes = text("faqbot-vectors 3\n" + HEADER_OF_AB + "\n");

        IOException e = assertThrows(IOException.class, () -> read(bytes));

        assertEquals("kb.vectors:1: not a faqbot vector file (expected 'faqbot-vectors 2')", e.getMessage());
    }

    @Test
    void chunksRoundTripAfterTheFieldVectorsEntryByEntry() throws IOException {
        Map<String, EntryVectors.Item> items = new LinkedHashMap<>();
        items.put("page#b", TestEntries.item("hash-b", 3, 2).withChunks("chunks-b",
                new QuantizedVector[] {QuantizedVector.of(new float[] {0.5f, -0.25f, 0}), QuantizedVector.of(new float[] {0, 0, 1})}));
        items.put("page#a", TestEntries.item("hash-a", 3, 1).withChunks("chunks-a", new QuantizedVector[] {QuantizedVector.of(new float[] {1, 1, 1})}));
        items.put("page#c", TestEntries.item("hash-c", 3, 3));
        byte[] bytes = bytes(new EntryVectors(MODEL, 3, items));

        EntryVectors read = read(bytes);

        assertEquals("chunks-b", read.get("page#b").orElseThrow().chunkHash());
        QuantizedVector[] b = read.get("page#b").orElseThrow().chunks();
        assertEquals(2, b.length);
        assertArrayEquals(items.get("page#b").chunks()[0].values(), b[0].values());
        assertEquals(items.get("page#b").chunks()[0].scale(), b[0].scale());
        assertArrayEquals(new float[] {0, 0, 1}, b[1].toFloats(), 1e-6f);
        assertArrayEquals(new float[] {1, 1, 1}, read.get("page#a").orElseThrow().chunks()[0].toFloats(), 1e-6f);
        assertEquals(0, read.get("page#c").orElseThrow().chunks().length);
        assertEquals("", read.get("page#c").orElseThrow().chunkHash());
        assertArrayEquals(items.get("page#a").vectors(), read.get("page#a").orElseThrow().vectors());
    }

    @Test
    void fileOfFormatOneIsReadAsEntriesWithoutChunks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text(VectorFile.MAGIC_1 + "\n" + HEADER_OF_AB_1 + "}\n"));
        // entry a's four vectors, then b's: 2 x 4 x 3 little-endian floats
        java.nio.ByteBuffer floats = java.nio.ByteBuffer.allocate(2 * 4 * 3 * Float.BYTES).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 2 * 4 * 3; i++) {
            floats.putFloat(i < 12 ? 1 : 2);
        }
        out.write(floats.array());

        EntryVectors read = read(out.toByteArray());

        assertEquals(2, read.size());
        assertEquals(0, read.get("page#a").orElseThrow().chunks().length);
        assertEquals("", read.get("page#b").orElseThrow().chunkHash());
        assertArrayEquals(new float[] {2, 2, 2}, read.get("page#b").orElseThrow().vectors()[3]);
    }

    @Test
    void headerOfFormatTwoWithoutChunkCountsIsRefused() {
        byte[] bytes = text(VectorFile.MAGIC + "\n" + HEADER_OF_AB_1 + "}\n");

        IOException e = assertThrows(IOException.class, () -> read(bytes));

        assertEquals("kb.vectors:2: bad header: needs a chunk hash and a chunk count (0 or more) per id", e.getMessage());
    }

    @Test
    void fileCutInsideTheChunksNamesTheEntry() throws IOException {
        Map<String, EntryVectors.Item> items = Map.of("page#a",
                TestEntries.item("hash-a", 3, 1).withChunks("c", new QuantizedVector[] {QuantizedVector.of(new float[] {1, 2, 3})}));
        byte[] whole = bytes(new EntryVectors(MODEL, 3, items));

        IOException e = assertThrows(IOException.class, () -> read(Arrays.copyOf(whole, whole.length - 2)));

        assertEquals("kb.vectors: ends inside the chunks of entry 1 of 1 ('page#a'): the file is cut short", e.getMessage());
    }

    @Test
    void headerThatIsNotJsonIsRefusedNamingFileAndLine() {
        byte[] bytes = text(VectorFile.MAGIC + "\n{\"model\": \"m\", \n");

        IOException e = assertThrows(IOException.class, () -> read(bytes));

        assertEquals("kb.vectors:2: bad header: ", e.getMessage().substring(0, "kb.vectors:2: bad header: ".length()));
    }

    @Test
    void headerWithoutHashesIsRefused() {
        byte[] bytes = text(VectorFile.MAGIC + "\n{\"model\":\"m\",\"dimensions\":3,\"fields\":[\"q_en\",\"qa_en\",\"q_nl\",\"qa_nl\"],"
                + "\"ids\":[\"page#a\"],\"chunkHashes\":[\"\"],\"chunkCounts\":[0]}\n");

        IOException e = assertThrows(IOException.class, () -> read(bytes));

        assertEquals("kb.vectors:2: bad header: needs model, dimensions and as many ids as hashes", e.getMessage());
    }

    @Test
    void otherFieldsAreRefusedSayingWhichAndToReingest() {
        byte[] bytes = text(VectorFile.MAGIC + "\n" + HEADER_OF_AB.replace("\"q_nl\",\"qa_nl\"", "\"q_nl\"") + "\n");

        IOException e = assertThrows(IOException.class, () -> read(bytes));

        assertEquals("kb.vectors:2: fields [q_en, qa_en, q_nl], this faqbot reads [q_en, qa_en, q_nl, qa_nl]: re-run 'faqbot ingest'",
                e.getMessage());
    }

    @Test
    void fileCutInsideTheVectorsNamesTheEntry() throws IOException {
        byte[] whole = bytes(twoEntries());
        byte[] cut = Arrays.copyOf(whole, whole.length - 5);

        IOException e = assertThrows(IOException.class, () -> read(cut));

        assertEquals("kb.vectors: ends inside the vectors of entry 2 of 2 ('page#b'): the file is cut short", e.getMessage());
    }

    @Test
    void fileCutInsideTheHeaderSaysSo() {
        byte[] bytes = text(VectorFile.MAGIC + "\n{\"model\":");

        IOException e = assertThrows(IOException.class, () -> read(bytes));

        assertEquals("kb.vectors:2: the file ends before its header does", e.getMessage());
    }

    @Test
    void dataAfterTheLastVectorIsRefused() throws IOException {
        byte[] whole = bytes(twoEntries());
        byte[] longer = Arrays.copyOf(whole, whole.length + 4);

        IOException e = assertThrows(IOException.class, () -> read(longer));

        assertEquals("kb.vectors: data after the last entry's vectors: the header and the vectors disagree", e.getMessage());
    }

    @Test
    void errorOfAFileOnDiskNamesItsPath() throws IOException {
        Path file = dir.resolve("kb.vectors");
        byte[] whole = bytes(twoEntries());
        Files.write(file, Arrays.copyOf(whole, whole.length - 1));

        IOException e = assertThrows(IOException.class, () -> VectorFile.read(file));

        assertEquals(file + ": ends inside the vectors of entry 2 of 2 ('page#b'): the file is cut short", e.getMessage());
    }

    @Test
    void sidecarOfKbJsonIsKbVectorsBesideIt() {
        Path sidecar = VectorFile.besides(dir.resolve("faq-data/kb.json"));

        assertEquals(dir.resolve("faq-data/kb.vectors"), sidecar);
    }
}
