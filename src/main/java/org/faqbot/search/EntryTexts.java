package org.faqbot.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;
import org.faqbot.kb.QuantizedVector;

/**
 * What of an entry is encoded into each of its {@link EntryVectors#FIELDS vectors}: its question alone
 * (matches short questions sharply) and its question with the answer (matches questions that describe
 * the situation the answer covers), in each language. A passage's heading says little on its own
 * ("Questions?", "Next steps"), so a passage carries its page title and section path before it.
 */
public final class EntryTexts {

    private EntryTexts() {
    }

    /** The texts to encode, in the order of {@link EntryVectors#FIELDS}. */
    public static List<String> of(FaqEntry entry) {
        return List.of(question(entry, Lang.EN), withAnswer(entry, Lang.EN), question(entry, Lang.NL), withAnswer(entry, Lang.NL));
    }

    /** The hash that says whether an entry's stored vectors are still the ones {@code model} makes of it. */
    public static String hash(String model, FaqEntry entry) {
        return sha(model, of(entry));
    }

    private static String sha(String model, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The entry's vectors and chunks as {@code encoder} makes them, with the hashes of what it encoded. */
    public static EntryVectors.Item encode(TextEncoder encoder, FaqEntry entry) {
        float[][] vectors = of(entry).stream().map(encoder::passage).toArray(float[][]::new);
        return withChunks(encoder, entry, new EntryVectors.Item(hash(encoder.model(), entry), vectors));
    }

    /** {@code item} with the entry's chunks as {@code encoder} makes them. */
    public static EntryVectors.Item withChunks(TextEncoder encoder, FaqEntry entry, EntryVectors.Item item) {
        QuantizedVector[] chunks = chunks(entry).stream().map(encoder::passage).map(QuantizedVector::of).toArray(QuantizedVector[]::new);
        return item.withChunks(chunkHash(encoder.model(), entry), chunks);
    }

    /**
     * Words in a chunk at most (a sentence longer than this is a chunk of its own). A whole answer in one
     * vector blurs a passage that covers several things into their average; sentences alone lose what
     * they refer to. Over the whole corpus, the best chunk's cosine of chunks of about 40 words ranked
     * the right entry first more often than the whole answer's did, and more often than chunks of 25 or 60
     * words in both languages (README, Quality, seventh session).
     */
    static final int CHUNK_WORDS = 40;

    /** A sentence ends at . ! ? or : followed by a space. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?:])\\s+");

    /**
     * The English answer in chunks of whole sentences, up to {@value #CHUNK_WORDS} words each, each
     * after the entry's heading (a passage's with its page title and section path) so that a chunk says
     * what it is about; none for an empty answer.
     */
    public static List<String> chunks(FaqEntry entry) {
        String answer = plainAnswer(entry, Lang.EN).strip();
        if (answer.isEmpty()) {
            return List.of();
        }
        String heading = question(entry, Lang.EN);
        List<String> chunks = new java.util.ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int words = 0;
        for (String sentence : SENTENCE_END.split(answer)) {
            int length = sentence.split(" ").length;
            if (words > 0 && words + length > CHUNK_WORDS) {
                chunks.add(heading + ". " + chunk);
                chunk.setLength(0);
                words = 0;
            }
            chunk.append(words > 0 ? " " : "").append(sentence);
            words += length;
        }
        chunks.add(heading + ". " + chunk);
        return chunks;
    }

    /** The hash that says whether an entry's stored chunks are still the ones {@code model} makes of it. */
    public static String chunkHash(String model, FaqEntry entry) {
        return sha(model, chunks(entry));
    }

    static String question(FaqEntry entry, Lang lang) {
        String question = entry.question().get(lang);
        if (entry.kind() == EntryKind.QA) {
            return question;
        }
        StringBuilder context = new StringBuilder(entry.pageTitle().get(lang));
        for (Bilingual section : entry.sectionPath()) {
            context.append(" - ").append(section.get(lang));
        }
        return context.append(" - ").append(question).toString();
    }

    static String withAnswer(FaqEntry entry, Lang lang) {
        return question(entry, lang) + ". " + plainAnswer(entry, lang);
    }

    /** The answer as plain text on one line. */
    private static String plainAnswer(FaqEntry entry, Lang lang) {
        return LightMarkdown.toPlainText(entry.answer().get(lang), lang).replaceAll("\\s+", " ");
    }
}
