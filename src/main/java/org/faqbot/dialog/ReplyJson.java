package org.faqbot.dialog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faqbot.kb.LightMarkdown;

/**
 * The JSON form of a reply, one object per line, as {@code ask --json} and the HTTP API write it:
 * {@code {"lang","type","faq_id","confidence","suggestions","intent","date","ok","text","source_url","choices"}}.
 * {@code text} is the reply as a person reads it (plain text, no Markdown); {@code choices} its buttons,
 * {@code [{"label","payload"}]}.
 */
public final class ReplyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReplyJson() {
    }

    public static ObjectNode toNode(Reply reply) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("lang", reply.lang().code());
        node.put("type", reply.type().code());
        node.put("faq_id", reply.faqId().orElse(null));
        node.put("confidence", Math.round(reply.confidence() * 1000) / 1000.0);
        node.putArray("suggestions").addAll(reply.suggestions().stream()
                .map(Suggestion::entryId).map(MAPPER.getNodeFactory()::textNode).toList());
        node.put("intent", reply.intent().orElse(null));
        node.put("date", reply.date().map(Object::toString).orElse(null));
        if (reply.ok().isPresent()) {
            node.put("ok", reply.ok().get());
        } else {
            node.putNull("ok");
        }
        node.put("text", LightMarkdown.toPlainText(reply.text(), reply.lang()));
        node.put("source_url", reply.sourceUrl().orElse(null));
        // The buttons, so that a JSON client can pick a reading or a date to forget as a Telegram user
        // would: sending a payload as the next message presses its button.
        ArrayNode choices = node.putArray("choices");
        for (Choice choice : reply.choices()) {
            choices.addObject().put("label", choice.label()).put("payload", choice.payload());
        }
        return node;
    }

    public static String toLine(Reply reply) {
        return write(toNode(reply));
    }

    /** A JSON error object: {@code {"error": "...", "line": n}}. */
    public static String error(String message, long lineNumber) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", message);
        node.put("line", lineNumber);
        return write(node);
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
