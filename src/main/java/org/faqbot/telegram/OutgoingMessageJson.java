package org.faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.faqbot.dialog.Choice;

/**
 * An {@link OutgoingMessage} as the outbox keeps it: {@code {"html": "...", "buttons": [[{"label": "...",
 * "payload": "..."}]]}}. The rendered message is kept rather than the reply, so that a message sent a
 * day later is the one the user would have got, whatever the renderer or the texts became meanwhile.
 */
final class OutgoingMessageJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutgoingMessageJson() {
    }

    static String write(OutgoingMessage message) {
        ObjectNode root = JSON.createObjectNode().put("html", message.html());
        ArrayNode rows = root.putArray("buttons");
        for (List<Choice> row : message.buttons()) {
            ArrayNode buttons = rows.addArray();
            row.forEach(choice -> buttons.addObject().put("label", choice.label()).put("payload", choice.payload()));
        }
        return root.toString();
    }

    /** @throws IllegalArgumentException when {@code json} is not a message this class wrote */
    static OutgoingMessage read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<List<Choice>> rows = new ArrayList<>();
            for (JsonNode row : root.path("buttons")) {
                List<Choice> buttons = new ArrayList<>();
                row.forEach(b -> buttons.add(new Choice(b.get("label").asText(), b.get("payload").asText())));
                rows.add(buttons);
            }
            JsonNode html = root.get("html");
            if (html == null || !html.isTextual()) {
                throw new IllegalArgumentException("a queued message without \"html\"");
            }
            return new OutgoingMessage(html.asText(), rows);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable queued message: " + e.getMessage(), e);
        }
    }
}
