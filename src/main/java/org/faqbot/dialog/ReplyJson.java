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
 * {@code [{"label","payload"}]}. A message of several questions, each answered ({@link SeveralQuestions}), adds
 * {@code other_answers}: {@code [{"type","faq_id","confidence","intent","date","ok","source_url"}]}, one per other question
 * answered, in the order of the text; the fields before are the first answer's, and {@code text} holds them all. The
 * field is left out when there are none, so one answer's object stays as it was.
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
        if (!reply.others().isEmpty()) {
            ArrayNode others = node.putArray("other_answers");
            reply.others().forEach(other -> others.add(otherNode(other)));
        }
        return node;
    }

    private static ObjectNode otherNode(Reply other) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", other.type().code());
        node.put("faq_id", other.faqId().orElse(null));
        node.put("confidence", Math.round(other.confidence() * 1000) / 1000.0);
        node.put("intent", other.intent().orElse(null));
        node.put("date", other.date().map(Object::toString).orElse(null));
        if (other.ok().isPresent()) {
            node.put("ok", other.ok().get());
        } else {
            node.putNull("ok");
        }
        node.put("source_url", other.sourceUrl().orElse(null));
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
