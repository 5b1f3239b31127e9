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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            for (String text : of(entry)) {
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The entry's vectors as {@code encoder} makes them, with the hash of what it encoded. */
    public static EntryVectors.Item encode(TextEncoder encoder, FaqEntry entry) {
        float[][] vectors = of(entry).stream().map(encoder::passage).toArray(float[][]::new);
        return new EntryVectors.Item(hash(encoder.model(), entry), vectors);
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
        return question(entry, lang) + ". " + LightMarkdown.toPlainText(entry.answer().get(lang), lang).replaceAll("\\s+", " ");
    }
}
