package org.faqbot.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What the Bot API answered to one call: the HTTP status and the body, as read from the wire. */
record ApiAnswer(int status, byte[] body) {

    private static final JsonFactory PARSERS = new JsonFactory();

    /**
     * A 200 whose body is a JSON object with {@code "ok": true}. Streamed rather than read into a tree: most
     * answers are successful sends whose result nobody looks at, and reading those was measurable CPU.
     */
    boolean ok() {
        return status == 200 && isOk(body);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the answer is a JSON object whose {@code ok} is true; anything else is read in full. */
    private static boolean isOk(byte[] answer) {
        try (JsonParser parser = PARSERS.createParser(answer)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("ok")) {
                    return value == JsonToken.VALUE_TRUE;
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
