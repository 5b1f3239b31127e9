package org.faqbot.nlu;

import java.util.Objects;

/**
 * A number of things in a message: "10 licenties", "five licenses", "tien licenties", "1.200 seats".
 * {@code start} is inclusive and {@code end} exclusive, indexes into the original message.
 *
 * @param count the number, at least 0
 * @param noun  the counted word as written ("licenties")
 */
public record CountMention(String text, int start, int end, int count, String noun) {

    public CountMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(noun, "noun");
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative, got " + count + " in '" + text + "'");
        }
    }
}
