package org.faqbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the bot sent (or edited), as the fake stored it.
 *
 * @param html      the text parameter as sent
 * @param plain     the text after entity parsing: what the user reads
 * @param parseMode the parse_mode parameter, "" when none
 * @param keyboard  the reply_markup parameter, a missing node when none
 */
public record SentMessage(long chatId, int messageId, String html, String plain, String parseMode, JsonNode keyboard,
                          long atNanos) {

    /** The callback_data of every inline button, row by row. */
    public java.util.List<String> callbackData() {
        java.util.List<String> data = new java.util.ArrayList<>();
        keyboard.path("inline_keyboard").forEach(row -> row.forEach(b -> {
            if (b.has("callback_data")) {
                data.add(b.get("callback_data").asText());
            }
        }));
        return data;
    }
}
