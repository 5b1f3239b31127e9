package org.faqbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Updates to and from the JSON the Bot API uses, for the journal and the webhook. Thread-safe. */
final class UpdateCodec {

    // Telegram adds fields to its objects over time; an update with a field this library does not
    // know yet must still be read.
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Update update) {
        try {
            return mapper.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write update " + update.getUpdateId() + " as JSON", e);
        }
    }

    /**
     * @throws IllegalArgumentException when {@code json} is not an update
     */
    Update read(String json) {
        try {
            Update update = mapper.readValue(json, Update.class);
            if (update == null || update.getUpdateId() == null) {
                throw new IllegalArgumentException("not a Telegram update: no update_id");
            }
            return update;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Telegram update: " + e.getOriginalMessage(), e);
        }
    }
}
