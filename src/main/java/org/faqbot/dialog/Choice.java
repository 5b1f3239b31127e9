package org.faqbot.dialog;

import java.util.Objects;

/**
 * A button offered with a reply. Pressing it sends {@code payload} back as if the user had typed it,
 * so every channel handles a choice the same way: payloads are commands the core understands
 * ({@code /faq <key>}, {@code /date 2021-03-12}, {@code /feedback up <key>}) or plain questions. A
 * payload is at most 64 bytes so that it fits Telegram's callback data.
 *
 * @param label   what the button shows, in the reply's language
 * @param payload what pressing it sends
 */
public record Choice(String label, String payload) {

    public static final int MAX_PAYLOAD_BYTES = 64;

    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(payload, "payload");
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("choice payload over " + MAX_PAYLOAD_BYTES + " bytes: '" + payload + "'");
        }
    }
}
