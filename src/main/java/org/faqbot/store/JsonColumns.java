package org.faqbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The values the JDBC stores keep as JSON text: a {@link PendingQuestion} and a conversation's {@link RecentTurns} (their
 * shape belongs to the dialog, so it is not spread over columns) and a question's {@link Candidate}s. Dates and instants
 * are ISO strings, e.g. {@code "2025-02-28"} and {@code "2025-03-01T09:00:00Z"}.
 */
final class JsonColumns {

    private static final Logger LOG = LoggerFactory.getLogger(JsonColumns.class);
    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A field the dialog adds later must not make older rows unreadable.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The pending question in {@code json}; empty, with a warning, when it no longer fits the record
     * (the dialog changed its shape). A pending question expires within minutes, so losing one is
     * better than failing every message of that conversation.
     */
    Optional<PendingQuestion> pending(String conversationId, String json) {
        try {
            return Optional.of(mapper.readValue(json, PendingQuestion.class));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Dropping unreadable pending question of conversation {}: {}", conversationId, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The recent turns in {@code json}; none, with a warning, when they no longer fit the record. They expire within
     * minutes too, and losing them only makes the next message say what it refers to.
     */
    RecentTurns recent(String conversationId, String json) {
        try {
            return mapper.readValue(json, RecentTurns.class);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Dropping unreadable recent turns of conversation {}: {}", conversationId, e.getMessage());
            return RecentTurns.NONE;
        }
    }

    List<Candidate> candidates(String json) {
        try {
            return mapper.readValue(json, CANDIDATES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read candidates from JSON " + json, e);
        }
    }
}
