package org.faqbot.kb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short stable keys for entry ids. Ids can be over 100 characters, and Telegram allows 64 bytes of
 * callback data, so buttons carry this key instead: the first 10 hex digits of the id's SHA-256
 * (40 bits; a clash among a few thousand entries is about one in a hundred million, and the
 * knowledge base checks for it at load).
 */
public final class EntryKeys {

    private EntryKeys() {
    }

    public static String of(String entryId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(entryId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
