package org.faqbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.dialog.JsonProblems;
import org.faqbot.kb.Lang;

/**
 * One input line of {@code ask --json}: plain question text, or {@code {"q": "...", "lang": "nl|en", "today": "YYYY-MM-DD"}}
 * with only {@code q} required, as the HTTP API takes it; {@code lang} is a hint that overrides --lang.
 * A line that is JSON but no object ({@code []}, {@code "text"}, {@code 42}, {@code true}, {@code null}) is
 * an error rather than a question: it was meant as JSON, and answering its characters as a question would
 * hide the mistake.
 */
record JsonInput(String question, Optional<Lang> lang, Optional<LocalDate> today) {

    /**
     * The longest question answered, in characters: Telegram's longest message. Far longer text is no
     * question, and the search's time grows faster than its length (a line of 100,000 characters took half
     * a minute).
     */
    static final int MAX_QUESTION_CHARS = 4096;

    // Trailing text makes a line no JSON: "Foo" is what? is a question, not the string "Foo".
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads a line; throws {@link IllegalArgumentException} with a message for the error object. */
    static JsonInput parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty line: expected a question or {\"q\": \"...\"}");
        }
        if (!trimmed.startsWith("{") && !jsonValue(trimmed)) {
            return new JsonInput(checkLength(trimmed), Optional.empty(), Optional.empty());
        }
        JsonNode node = read(trimmed);
        return new JsonInput(checkLength(question(node.get("q"))), lang(node.get("lang")), today(node.get("today")));
    }

    /** {@code question}, when it is at most {@link #MAX_QUESTION_CHARS} long; else an IllegalArgumentException. */
    static String checkLength(String question) {
        Optional<LineProblem> problem = lengthProblem(question);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().english());
        }
        return question;
    }

    /** That {@code question} is over {@link #MAX_QUESTION_CHARS} characters long, if it is. */
    static Optional<LineProblem> lengthProblem(String question) {
        int length = question.codePointCount(0, question.length());
        return length > MAX_QUESTION_CHARS ? Optional.of(LineProblem.questionTooLong(length, MAX_QUESTION_CHARS)) : Optional.empty();
    }

    /**
     * True when the whole line is one JSON value: an array, a string, a number, {@code true}, {@code false}
     * or {@code null}; not for {@code [draft] text} or {@code true story: ...}.
     */
    private static boolean jsonValue(String line) {
        try {
            MAPPER.readTree(line);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String question(JsonNode q) {
        if (q == null || q.isNull()) {
            throw new IllegalArgumentException("missing \"q\": expected a non-empty string");
        }
        if (!q.isTextual()) {
            throw new IllegalArgumentException("\"q\" must be a string, got " + q.getNodeType().name().toLowerCase(Locale.ROOT)
                    + " " + q);
        }
        if (q.asText().isBlank()) {
            throw new IllegalArgumentException("\"q\" is empty: expected a non-empty string");
        }
        return q.asText();
    }

    private static JsonNode read(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                String kind = node == null ? "nothing" : "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
                throw new IllegalArgumentException("expected a JSON object {\"q\": \"...\"} or plain question text, got " + kind + ": " + json);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + JsonProblems.describe(e, json));
        }
    }

    /** The same check and message as the HTTP API's, so that a line and a body fail alike. */
    private static Optional<Lang> lang(JsonNode lang) {
        if (lang == null || lang.isNull()) {
            return Optional.empty();
        }
        return Optional.of(Lang.fromCode(lang.asText())
                .orElseThrow(() -> new IllegalArgumentException("\"lang\" must be \"nl\" or \"en\", got '" + lang.asText() + "'")));
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
