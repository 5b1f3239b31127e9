package org.faqbot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.JsonProblems;
import org.faqbot.kb.Lang;

/**
 * The body of {@code POST /api/ask}: {@code {"q": "...", "conversation_id": "...", "lang": "nl|en",
 * "today": "YYYY-MM-DD"}}; only {@code q} is required. Without {@code conversation_id} the question is
 * answered on its own and nothing is kept; with it, the conversation of that id goes on.
 */
record AskRequest(String question, Optional<String> conversationId, Optional<Lang> lang, Optional<LocalDate> today) {

    /**
     * The longest {@code conversation_id} accepted, in characters: the chat page's ids are 36, and the stores keep an
     * id with its "http:" prefix in 200 characters; a longer one was stored as given, or failed to be.
     */
    static final int MAX_CONVERSATION_ID_CHARS = 128;

    /** The log name of questions asked on their own. */
    private static final String STANDALONE_ID = "http:once";

    // A second object after the first ({"q":"hi"} {"q":"x"}) is a mistake to report, as ask --json does, not to drop.
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads a body; throws {@link IllegalArgumentException} with the message for the 400 answer. */
    static AskRequest parse(byte[] body) {
        JsonNode node = read(body);
        return new AskRequest(required(node, "q"), conversationId(node.get("conversation_id")), lang(node.get("lang")),
                today(node.get("today")));
    }

    /** The message as the core takes it: HTTP conversations get their own id space. */
    IncomingMessage message() {
        if (conversationId.isEmpty()) {
            return IncomingMessage.standalone(STANDALONE_ID, question, lang, today);
        }
        String id = "http:" + conversationId.get();
        return new IncomingMessage(id, id, question, lang, today);
    }

    private static JsonNode read(byte[] body) {
        String json = withoutByteOrderMark(new String(body, StandardCharsets.UTF_8));
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + JsonProblems.describe(e, json));
        }
    }

    /**
     * The text without the byte order mark some clients put before UTF-8 (PowerShell, files saved by Windows
     * editors); JSON's RFC 8259 lets a reader ignore it, and the 400 for it named a character nobody sees.
     */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The field's text; the messages are those of ask --json's lines, so that a body and a line fail alike. */
    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field \"" + field + "\": expected a non-empty string");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, got "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + value);
        }
        if (value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is empty: expected a non-empty string");
        }
        return value.asText();
    }

    private static Optional<String> conversationId(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"conversation_id\" must be a non-empty string when given, got " + value);
        }
        String id = value.asText();
        int length = id.codePointCount(0, id.length());
        if (length > MAX_CONVERSATION_ID_CHARS) {
            throw new IllegalArgumentException("\"conversation_id\" is " + length + " characters long; at most "
                    + MAX_CONVERSATION_ID_CHARS + " are accepted");
        }
        return Optional.of(id);
    }

    private static Optional<Lang> lang(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(Lang.fromCode(value.asText())
                .orElseThrow(() -> new IllegalArgumentException("\"lang\" must be \"nl\" or \"en\", got '" + value.asText() + "'")));
    }

    private static Optional<LocalDate> today(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"today\" must be a date in the form YYYY-MM-DD, got '" + value.asText() + "'");
        }
    }
}
