package org.faqbot.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes {@link EntryVectors} as the sidecar of a knowledge-base file: {@code kb.json}'s
 * vectors are in {@code kb.vectors} beside it. The file is a line naming the format, a JSON line
 * naming the model, the dimensions, the fields and each entry's id and text hash (and, from format 2,
 * its chunk hash and number of chunks), then the floats (little-endian, entry by entry in header
 * order, field by field), then every entry's chunks in the same order, each as its scale (a float) and
 * one signed byte per dimension ({@link QuantizedVector}): 6 MB of JSON text for the whole
 * corpus's 11,000 vectors would be three times the size and ten times slower to read. Format 1 files,
 * written before entries had chunks, are read as entries without chunks.
 */
public final class VectorFile {

    static final String MAGIC = "faqbot-vectors 2";
    /** The format before chunks: read, never written. */
    static final String MAGIC_1 = "faqbot-vectors 1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VectorFile() {
    }

    private record Header(String model, int dimensions, List<String> fields, List<String> ids, List<String> hashes,
            List<String> chunkHashes, List<Integer> chunkCounts) {
    }

    /** The sidecar of a knowledge-base file: the same name with {@code .vectors} for {@code .json}. */
    public static Path besides(Path kbFile) {
        String name = kbFile.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return kbFile.resolveSibling(base + ".vectors");
    }

    public static void write(EntryVectors vectors, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
            write(vectors, out);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes entries in id order, so the same vectors give the same bytes. */
    static void write(EntryVectors vectors, OutputStream out) throws IOException {
        Map<String, EntryVectors.Item> sorted = new TreeMap<>(vectors.items());
        Header header = new Header(vectors.model(), vectors.dimensions(), EntryVectors.FIELDS,
                new ArrayList<>(sorted.keySet()), sorted.values().stream().map(EntryVectors.Item::hash).toList(),
                sorted.values().stream().map(EntryVectors.Item::chunkHash).toList(),
                sorted.values().stream().map(item -> item.chunks().length).toList());
        DataOutputStream data = new DataOutputStream(out);
        data.write((MAGIC + "\n" + MAPPER.writeValueAsString(header) + "\n").getBytes(StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(4 * vectors.dimensions()).order(ByteOrder.LITTLE_ENDIAN);
        for (EntryVectors.Item item : sorted.values()) {
            writeAll(item.vectors(), buffer, data);
        }
        for (EntryVectors.Item item : sorted.values()) {
            for (QuantizedVector chunk : item.chunks()) {
                data.write(buffer.clear().putFloat(0, chunk.scale()).array(), 0, Float.BYTES);
                data.write(chunk.values());
            }
        }
        data.flush();
    }

    private static void writeAll(float[][] vectors, ByteBuffer buffer, DataOutputStream data) throws IOException {
        for (float[] vector : vectors) {
            buffer.clear();
            buffer.asFloatBuffer().put(vector);
            data.write(buffer.array());
        }
    }

    /** The vectors beside {@code kbFile}, if that file has a sidecar. */
    public static Optional<EntryVectors> readBesides(Path kbFile) throws IOException {
        Path file = besides(kbFile);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    public static EntryVectors read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads vectors written by {@link #write}; {@code origin} names the file in error messages.
     *
     * @throws IOException naming the file and what is wrong: not a vector file, a bad header, a short file
     */
    public static EntryVectors read(InputStream in, String origin) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String magic = line(data, origin, 1);
        if (!magic.equals(MAGIC) && !magic.equals(MAGIC_1)) {
            throw new IOException(origin + ":1: not a faqbot vector file (expected '" + MAGIC + "')");
        }
        boolean withChunks = magic.equals(MAGIC);
        Header header;
        try {
            header = MAPPER.readValue(line(data, origin, 2), Header.class);
        } catch (JsonProcessingException e) {
            throw new IOException(origin + ":2: bad header: " + e.getOriginalMessage(), e);
        }
        if (header.model() == null || header.ids() == null || header.hashes() == null
                || header.ids().size() != header.hashes().size() || header.dimensions() <= 0) {
            throw new IOException(origin + ":2: bad header: needs model, dimensions and as many ids as hashes");
        }
        if (withChunks && (header.chunkHashes() == null || header.chunkCounts() == null
                || header.chunkHashes().size() != header.ids().size() || header.chunkCounts().size() != header.ids().size()
                || header.chunkCounts().stream().anyMatch(n -> n == null || n < 0))) {
            throw new IOException(origin + ":2: bad header: needs a chunk hash and a chunk count (0 or more) per id");
        }
        if (!EntryVectors.FIELDS.equals(header.fields())) {
            throw new IOException(origin + ":2: fields " + header.fields() + ", this faqbot reads " + EntryVectors.FIELDS
                    + ": re-run 'faqbot ingest'");
        }
        int dims = header.dimensions();
        byte[] bytes = new byte[4 * dims];
        List<float[][]> vectorsById = new ArrayList<>();
        for (int e = 0; e < header.ids().size(); e++) {
            vectorsById.add(readAll(data, EntryVectors.FIELDS.size(), dims, bytes, origin, header, e));
        }
        Map<String, EntryVectors.Item> items = new LinkedHashMap<>();
        for (int e = 0; e < header.ids().size(); e++) {
            EntryVectors.Item item = new EntryVectors.Item(header.hashes().get(e), vectorsById.get(e));
            if (withChunks) {
                item = item.withChunks(header.chunkHashes().get(e), readChunks(data, header.chunkCounts().get(e), dims, origin, header, e));
            }
            items.put(header.ids().get(e), item);
        }
        if (data.read() != -1) {
            throw new IOException(origin + ": data after the last entry's vectors: the header and the vectors disagree");
        }
        return new EntryVectors(header.model(), dims, items);
    }

    private static float[][] readAll(DataInputStream data, int count, int dims, byte[] bytes, String origin, Header header,
            int entry) throws IOException {
        float[][] vectors = new float[count][dims];
        for (float[] vector : vectors) {
            readFully(data, bytes, origin, header, entry, "vectors");
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        }
        return vectors;
    }

    private static QuantizedVector[] readChunks(DataInputStream data, int count, int dims, String origin, Header header, int entry)
            throws IOException {
        QuantizedVector[] chunks = new QuantizedVector[count];
        byte[] scale = new byte[Float.BYTES];
        for (int c = 0; c < count; c++) {
            readFully(data, scale, origin, header, entry, "chunks");
            byte[] values = new byte[dims];
            readFully(data, values, origin, header, entry, "chunks");
            float step = ByteBuffer.wrap(scale).order(ByteOrder.LITTLE_ENDIAN).getFloat();
            try {
                chunks[c] = new QuantizedVector(values, step);
            } catch (IllegalArgumentException e) {
                throw new IOException(origin + ": chunk " + (c + 1) + " of entry '" + header.ids().get(entry) + "': " + e.getMessage(), e);
            }
        }
        return chunks;
    }

    private static void readFully(DataInputStream data, byte[] bytes, String origin, Header header, int entry, String what)
            throws IOException {
        try {
            data.readFully(bytes);
        } catch (EOFException eof) {
            throw new IOException(origin + ": ends inside the " + what + " of entry " + (entry + 1) + " of "
                    + header.ids().size() + " ('" + header.ids().get(entry) + "'): the file is cut short", eof);
        }
    }

    private static String line(DataInputStream in, String origin, int number) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException(origin + ":" + number + ": the file ends before its header does");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
