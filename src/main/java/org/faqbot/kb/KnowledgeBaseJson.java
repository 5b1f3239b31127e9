package org.faqbot.kb;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes a knowledge base as JSON (with its vectors from the {@link VectorFile} beside it, when there is one). Writing is deterministic: the same knowledge base gives
 * the same bytes (record component order, {@code \n} line ends, a final newline), so a committed
 * {@code kb.json} can be compared with a fresh ingest.
 */
public final class KnowledgeBaseJson {

    /**
     * Records are written by their components only: is-getters such as {@link Bilingual#isEmpty()} are
     * derived values, and writing them would add an {@code "empty"} field to every text.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private KnowledgeBaseJson() {
    }

    /** The file's shape: attribution first, then the entries in source order. */
    private record KbFile(String attribution, List<FaqEntry> entries) {
    }

    public static String toJson(KnowledgeBase kb) {
        try {
            String json = MAPPER.writeValueAsString(new KbFile(kb.attribution(), kb.entries()));
            return json.replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the knowledge base", e);
        }
    }

    public static void write(KnowledgeBase kb, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(kb), StandardCharsets.UTF_8);
    }

    /**
     * Reads a knowledge base written by {@link #write}.
     *
     * @throws IOException when the file cannot be read or is not a knowledge base; the message names the file
     */
    public static KnowledgeBase read(Path file) throws IOException {
        KnowledgeBase kb;
        try (InputStream in = Files.newInputStream(file)) {
            kb = read(in, file.toString());
        }
        Optional<EntryVectors> vectors = VectorFile.readBesides(file);
        return vectors.isPresent() ? kb.withVectors(vectors.get()) : kb;
    }

    /**
     * Reads a knowledge base shipped on the class path ({@code /faq-data/kb.json}) with its vectors from
     * the sidecar resource beside it, when there is one.
     *
     * @throws IOException when the resource is missing or not a knowledge base; the message names it
     */
    public static KnowledgeBase readResource(String resource) throws IOException {
        KnowledgeBase kb;
        try (InputStream in = KnowledgeBaseJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            kb = read(in, resource);
        }
        String vectorResource = VectorFile.besides(Path.of(resource)).toString().replace('\\', '/');
        try (InputStream vectors = KnowledgeBaseJson.class.getResourceAsStream(vectorResource)) {
            return vectors == null ? kb : kb.withVectors(VectorFile.read(new java.io.BufferedInputStream(vectors), vectorResource));
        }
    }

    /** Reads a knowledge base from a stream; {@code origin} names it in error messages. */
    public static KnowledgeBase read(InputStream in, String origin) throws IOException {
        KbFile parsed;
        try {
            parsed = MAPPER.readValue(in, KbFile.class);
        } catch (JsonProcessingException e) {
            throw new IOException(origin + ": not a knowledge-base JSON file: " + e.getOriginalMessage(), e);
        }
        if (parsed == null || parsed.entries() == null) {
            throw new IOException(origin + ": not a knowledge-base JSON file: no \"entries\" array");
        }
        try {
            String attribution = parsed.attribution() == null ? KnowledgeBase.DEFAULT_ATTRIBUTION : parsed.attribution();
            return new KnowledgeBase(attribution, parsed.entries());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(origin + ": " + e.getMessage(), e);
        }
    }
}
