package org.faqbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One input line of {@code ask --json}: plain question text, or {@code {"q": "...", "today": "YYYY-MM-DD"}}.
 */
record JsonInput(String question, Optional<LocalDate> today) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads a line; throws {@link IllegalArgumentException} with a message for the error object. */
    static JsonInput parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty line: expected a question or {\"q\": \"...\"}");
        }
        if (!trimmed.startsWith("{")) {
            return new JsonInput(trimmed, Optional.empty());
        }
        JsonNode node = read(trimmed);
        JsonNode q = node.get("q");
        if (q == null || !q.isTextual() || q.asText().isBlank()) {
            throw new IllegalArgumentException("missing \"q\": expected a non-empty string");
        }
        return new JsonInput(q.asText(), today(node.get("today")));
    }

    private static JsonNode read(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Optional<LocalDate> today(JsonNode today) {
        if (today == null || today.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(today.asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"today\" is not a date in the form YYYY-MM-DD: '" + today.asText() + "'");
        }
    }
}
