package org.faqbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request the fake received, as it understood it.
 *
 * @param method     the Bot API method as sent (e.g. {@code sendMessage}); {@code webhook} for deliveries
 * @param params     the parameters, from JSON, form, multipart or query alike; JSON-valued parameters parsed
 * @param status     the HTTP status the fake answered with
 * @param response   the body it answered with
 * @param atNanos    {@link System#nanoTime()} when the request arrived
 */
public record Call(String method, JsonNode params, int status, String response, long atNanos) {

    public boolean ok() {
        return status == 200;
    }

    public boolean is(String name) {
        return method.equalsIgnoreCase(name);
    }

    /** A text parameter, or "" when absent. */
    public String text(String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** The chat_id parameter as a number, or 0 when absent. */
    public long chatId() {
        return params.path("chat_id").asLong();
    }
}
